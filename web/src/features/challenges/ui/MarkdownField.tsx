import { createSignal, createUniqueId, Show } from 'solid-js';
import { previewMarkdown } from '../../../lib/markdownPreview';
import { inputClass } from '../../../lib/ui/Field';
import { t } from '../i18n';

interface Props {
  label: string;
  value: string;
  onInput: (value: string) => void;
  maxLength: number;
  error?: string;
  hint?: string;
  testid?: string;
  rows?: number;
}

const tab = (on: boolean) => `min-h-11 rounded-t-md px-3 text-sm font-medium ${on ? 'border border-b-white border-slate-300 bg-white text-slate-900' : 'text-slate-600 hover:text-slate-900'}`;

/** A markdown textarea with a write/preview switch; the server renders and sanitizes the real text. */
export function MarkdownField(props: Props) {
  const id = `md-${createUniqueId()}`;
  const [preview, setPreview] = createSignal(false);
  const described = () => [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="flex flex-col">
      <div class="flex flex-wrap items-end justify-between gap-2 border-b border-slate-300">
        <label for={id} class="pb-1 text-sm font-medium text-slate-700">
          {props.label}
        </label>
        <div class="-mb-px flex" role="group" aria-label={t('challenges.editor.mode')}>
          <button type="button" class={tab(!preview())} aria-pressed={!preview()} onClick={() => setPreview(false)}>
            {t('challenges.editor.write')}
          </button>
          <button type="button" class={tab(preview())} aria-pressed={preview()} data-testid={props.testid ? `${props.testid}-preview` : undefined} onClick={() => setPreview(true)}>
            {t('challenges.editor.preview')}
          </button>
        </div>
      </div>
      <textarea
        id={id}
        data-testid={props.testid}
        rows={props.rows ?? 8}
        maxLength={props.maxLength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={described()}
        class={`${inputClass} mt-2 resize-y leading-relaxed ${preview() ? 'hidden' : ''}`}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <Show when={preview()}>
        <div class="post-body mt-2 min-h-28 rounded-md border border-dashed border-slate-300 bg-slate-50 px-3 py-2 text-sm" data-testid={props.testid ? `${props.testid}-preview-body` : undefined}>
          <Show when={props.value.trim()} fallback={<p class="text-slate-500">{t('challenges.editor.nothing')}</p>}>
            {/* eslint-disable-next-line solid/no-innerhtml -- previewMarkdown escapes all input before drawing its few tags */}
            <div innerHTML={previewMarkdown(props.value)} />
          </Show>
        </div>
      </Show>
      <p id={`${id}-hint`} class="mt-1 text-xs text-slate-500">
        {props.hint ?? t('challenges.editor.hint', { max: props.maxLength })}
      </p>
      <Show when={props.error}>
        <p id={`${id}-error`} class="mt-1 text-sm text-red-700" data-testid={props.testid ? `${props.testid}-error` : undefined}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
