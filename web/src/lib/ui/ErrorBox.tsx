import { Show } from 'solid-js';
import type { CombinedError } from '@urql/core';
import { errorMessage } from '../errors';
import { locale, t } from '../i18n';

interface Props {
  error?: CombinedError;
  /** A message made on the client, e.g. from form validation. */
  message?: string;
}

/** An alert with the server's message in the current language. */
export function ErrorBox(props: Props) {
  const text = () => props.message || (props.error ? errorMessage(props.error, locale()) : '');
  return (
    <Show when={text()}>
      <div role="alert" class="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
        <span class="font-semibold">{t('error.title')}</span> {text()}
      </div>
    </Show>
  );
}
