import { createUniqueId, Show, splitProps, type JSX } from 'solid-js';

interface Props extends JSX.InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
  error?: string;
  testid?: string;
}

export const inputClass =
  'block w-full min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-teal-600 focus:outline-2 focus:outline-teal-600/30 disabled:bg-slate-100 sm:text-sm';

/** A labelled input with optional hint and error, wired with aria-describedby. */
export function Field(props: Props) {
  const [local, rest] = splitProps(props, ['label', 'hint', 'error', 'testid', 'class', 'id']);
  const fallbackId = createUniqueId();
  const id = () => local.id ?? `f-${fallbackId}`;
  const describedBy = () => [local.hint ? `${id()}-hint` : '', local.error ? `${id()}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`flex flex-col gap-1 ${local.class ?? ''}`}>
      <label for={id()} class="text-sm font-medium text-slate-700">
        {local.label}
      </label>
      <input id={id()} data-testid={local.testid} aria-describedby={describedBy()} aria-invalid={local.error ? 'true' : undefined} class={inputClass} {...rest} />
      <Show when={local.hint}>
        <p id={`${id()}-hint`} class="text-xs text-slate-500">
          {local.hint}
        </p>
      </Show>
      <Show when={local.error}>
        <p id={`${id()}-error`} class="text-xs text-red-700">
          {local.error}
        </p>
      </Show>
    </div>
  );
}
