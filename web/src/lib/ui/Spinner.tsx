import { Show } from 'solid-js';
import { t } from '../i18n';

interface Props {
  size?: 'sm' | 'md';
  /** Visible text next to the spinner; otherwise it is announced only to screen readers. */
  label?: string;
}

export function Spinner(props: Props) {
  const size = () => (props.size === 'sm' ? 'h-4 w-4' : 'h-6 w-6');
  return (
    <span role="status" class="inline-flex items-center gap-2 text-slate-600">
      <svg class={`${size()} animate-spin`} viewBox="0 0 24 24" fill="none" aria-hidden="true">
        <circle cx="12" cy="12" r="10" stroke="currentColor" stroke-width="3" class="opacity-25" />
        <path d="M22 12a10 10 0 0 0-10-10" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
      </svg>
      <Show when={props.label} fallback={<span class="sr-only">{t('common.loading')}</span>}>
        <span class="text-sm">{props.label}</span>
      </Show>
    </span>
  );
}
