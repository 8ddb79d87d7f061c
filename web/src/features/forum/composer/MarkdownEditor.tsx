import { createEffect, createSignal, createUniqueId, on, Show } from 'solid-js';
import { announce } from '../../../lib/a11y/announce';
import { MentionMenu } from './MentionMenu';
import { previewMarkdown } from '../../../lib/markdownPreview';
import { useMentions } from './useMentions';
import { BODY_MAX } from '../types';
import { t } from '../i18n';
import { inputClass } from '../../../lib/ui/Field';

interface Props {
  value: string;
  onInput: (value: string) => void;
  label: string;
  testid?: string;
  rows?: number;
  placeholder?: string;
  disabled?: boolean;
  /** Ctrl+Enter (Cmd+Enter on a Mac). */
  onSubmit?: () => void;
  /** Every keystroke that changes the text, e.g. for "sedang mengetik". */
  onTyping?: () => void;
  autofocus?: boolean;
}

const tab = (on: boolean) =>
  `min-h-9 rounded-t-md px-3 text-sm font-medium ${on ? 'border border-b-white border-slate-300 bg-white text-slate-900' : 'text-slate-500 hover:text-slate-800'}`;

/** A markdown textarea with a write/preview switch and @mention autocomplete. */
export function MarkdownEditor(props: Props) {
  const id = `md-${createUniqueId()}`;
  const listId = `${id}-mentions`;
  const [preview, setPreview] = createSignal(false);
  const mentions = useMentions((text) => props.onInput(text));
  let area: HTMLTextAreaElement | undefined;
  createEffect(
    on(
      () => mentions.options().length,
      (count, before) => {
        if (count > 0 && count !== before) announce(t('forum.mention.count', { count }));
      },
      { defer: true },
    ),
  );

  const onKeyDown = (e: KeyboardEvent & { currentTarget: HTMLTextAreaElement }) => {
    if (mentions.onKeyDown(e, e.currentTarget)) {
      e.preventDefault();
      return;
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && props.onSubmit) {
      e.preventDefault();
      props.onSubmit();
    }
  };

  return (
    <div class="flex flex-col">
      <div class="flex items-end justify-between gap-2 border-b border-slate-300">
        <label for={id} class="pb-1 text-sm font-medium text-slate-700">
          {props.label}
        </label>
        <div class="-mb-px flex" role="group" aria-label={t('forum.editor.mode')}>
          <button type="button" class={tab(!preview())} aria-pressed={!preview()} onClick={() => setPreview(false)}>
            {t('forum.editor.write')}
          </button>
          <button type="button" data-testid="editor-preview" class={tab(preview())} aria-pressed={preview()} onClick={() => setPreview(true)}>
            {t('forum.editor.preview')}
          </button>
        </div>
      </div>
      <div class="relative mt-2">
        <textarea
          ref={(el) => (area = el)}
          id={id}
          data-testid={props.testid}
          rows={props.rows ?? 6}
          maxLength={BODY_MAX}
          placeholder={props.placeholder}
          disabled={props.disabled}
          autofocus={props.autofocus}
          // A textarea keeps its textbox role (combobox is not allowed on it, and aria-expanded is
          // not allowed on a textbox): the list is tied to it with aria-controls while shown, the
          // active option with aria-activedescendant, and its size is announced (below).
          aria-autocomplete="list"
          aria-controls={mentions.open() ? listId : undefined}
          aria-activedescendant={mentions.open() ? `${listId}-${mentions.active()}` : undefined}
          class={`${inputClass} min-h-28 resize-y leading-relaxed ${preview() ? 'hidden' : ''}`}
          value={props.value}
          onInput={(e) => {
            props.onInput(e.currentTarget.value);
            props.onTyping?.();
            mentions.update(e.currentTarget);
          }}
          onClick={(e) => mentions.update(e.currentTarget)}
          onBlur={() => mentions.close()}
          onKeyDown={onKeyDown}
        />
        <MentionMenu id={listId} options={mentions.options()} active={mentions.active()} onChoose={(u) => area && mentions.choose(u, area)} />
        <Show when={preview()}>
          <div data-testid="editor-preview-body" class="post-body min-h-28 rounded-md border border-dashed border-slate-300 bg-slate-50 px-3 py-2 text-sm">
            <Show when={props.value.trim()} fallback={<p class="text-slate-500">{t('forum.editor.nothing')}</p>}>
              {/* eslint-disable-next-line solid/no-innerhtml -- previewMarkdown escapes all input before drawing its few tags (preview.ts) */}
              <div innerHTML={previewMarkdown(props.value)} />
            </Show>
            <p class="mt-2 border-t border-slate-200 pt-1 text-xs text-slate-500">{t('forum.editor.previewNote')}</p>
          </div>
        </Show>
      </div>
      <p class="mt-1 text-xs text-slate-500">{t('forum.editor.hint')}</p>
    </div>
  );
}
