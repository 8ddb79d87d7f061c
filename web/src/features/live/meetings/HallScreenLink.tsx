import { createSignal, createUniqueId, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import { LinkHallScreenMutation } from '../queries/meetings';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { inputClass } from '../../../lib/ui/Field';

/**
 * The facilitator's hall-screen link: made on request (the server keeps only its hash, so it is
 * shown here once), to open on the projector without an account; making it again ends the old one.
 */
export function HallScreenLink(props: { sessionId: string }) {
  const [result, link] = createMutation(LinkHallScreenMutation);
  const [url, setUrl] = createSignal('');
  const [copied, setCopied] = createSignal(false);
  const make = async () => {
    const res = await link({ sessionId: props.sessionId });
    if (res.data) {
      setUrl(`${window.location.origin}${res.data.linkHallScreen.path}`);
      setCopied(false);
    }
  };
  const copy = async () => {
    await navigator.clipboard?.writeText(url()).catch(() => undefined);
    setCopied(true);
  };
  const id = `hall-link-${createUniqueId()}`;
  return (
    <div class="flex flex-col gap-2 text-sm">
      <Button variant="secondary" class="min-h-11 self-start" data-testid="hall-link-make" busy={result.fetching} onClick={() => void make()}>
        {t(url() ? 'hall.link.again' : 'hall.link.make')}
      </Button>
      <Show when={url()}>
        <label for={id} class="font-medium text-slate-800">
          {t('hall.link.label')}
        </label>
        <div class="flex flex-wrap gap-2">
          <input id={id} data-testid="hall-link-url" class={`${inputClass} min-w-0 flex-1 font-mono text-xs`} readOnly value={url()} onFocus={(e) => e.currentTarget.select()} />
          <Button variant="secondary" class="min-h-11" onClick={() => void copy()}>
            {t(copied() ? 'hall.link.copied' : 'hall.link.copy')}
          </Button>
        </div>
        <p class="text-xs text-slate-600">{t('hall.link.note')}</p>
      </Show>
      <ErrorBox error={result.error} />
    </div>
  );
}
