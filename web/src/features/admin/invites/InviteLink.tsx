import { createSignal, createUniqueId, Show } from 'solid-js';
import { t } from '../i18n';
import { formatDate } from '../../../lib/format';
import { Button } from '../../../lib/ui/Button';
import { inputClass } from '../../../lib/ui/Field';

interface Props {
  url: string;
  expiresAt: string;
  /** What the link is for (an invitation by default). */
  heading?: string;
  note?: string;
  /** The field's name for screen readers ("Invitation link" by default). */
  label?: string;
}

/** A one-time link (an invitation, a password reset) with a copy button (Clipboard API, else select + execCommand). */
export function InviteLink(props: Props) {
  const [copied, setCopied] = createSignal(false);
  const inputId = `link-${createUniqueId()}`;
  let input: HTMLInputElement | undefined;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.url);
    } catch {
      input?.select();
      document.execCommand('copy');
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2500);
  };

  return (
    <div class="rounded-md border border-teal-200 bg-teal-50 p-3" data-testid="invite-link">
      <p class="mb-2 text-sm font-medium text-teal-900">{props.heading ?? t('invites.linkReady')}</p>
      <div class="flex flex-col gap-2 sm:flex-row">
        <label class="sr-only" for={inputId}>
          {props.label ?? t('invites.link')}
        </label>
        <input id={inputId} ref={(el) => (input = el)} readOnly class={`${inputClass} font-mono text-xs`} value={props.url} onFocus={(e) => e.currentTarget.select()} />
        <Button variant="secondary" data-testid="invite-copy" onClick={() => void copy()}>
          {copied() ? t('invites.copied') : t('invites.copy')}
        </Button>
      </div>
      <p class="mt-2 text-xs text-teal-900">{props.note ?? t('invites.linkOnce', { date: formatDate(props.expiresAt) })}</p>
      <Show when={copied()}>
        <span role="status" class="sr-only">
          {t('invites.copied')}
        </span>
      </Show>
    </div>
  );
}
