import { Show } from 'solid-js';
import type { CombinedError } from '@urql/core';
import { errorMessage } from '../errors';
import { locale, t } from '../i18n';

interface Props {
  error?: CombinedError;
  /** A message made on the client, e.g. from form validation. */
  message?: string;
  /** Offers "Coba lagi" (a lost connection on a slow link is the common case); runs this again. */
  onRetry?: () => void;
  /** For fields that point at the message with aria-describedby. */
  id?: string;
}

/** An alert with the server's message in the current language. */
export function ErrorBox(props: Props) {
  const text = () => props.message || (props.error ? errorMessage(props.error, locale()) : '');
  return (
    <Show when={text()}>
      <div id={props.id} role="alert" class="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
        <span class="font-semibold">{t('error.title')}</span> {text()}
        <Show when={props.onRetry}>
          <button
            type="button"
            data-testid="error-retry"
            class="mt-2 flex min-h-11 items-center rounded-md bg-white px-3 font-medium text-red-800 ring-1 ring-red-300 hover:bg-red-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-red-700"
            onClick={() => props.onRetry?.()}
          >
            {t('error.retry')}
          </button>
        </Show>
      </div>
    </Show>
  );
}
