import { createSignal, For, Show } from 'solid-js';
import { createMutation, createQuery } from '@urql/solid';
import { LiveSessionGuestsQuery, RemoveGuestMutation } from '../queries/guests';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { RelativeTime } from '../../../lib/ui/RelativeTime';

interface Props {
  sessionId: string;
}

/**
 * The session's guests (people without an account), newest first, with what each did. A
 * moderator removes one who misbehaves or looks like a vote-rigging flood: their access ends at
 * once and their upvotes and poll answers are withdrawn.
 */
export function GuestList(props: Props) {
  const [guests, refetch] = createQuery({ query: LiveSessionGuestsQuery, variables: () => ({ sessionId: props.sessionId }), requestPolicy: 'cache-and-network' });
  const [removal, remove] = createMutation(RemoveGuestMutation);
  const [confirming, setConfirming] = createSignal<string | null>(null);
  const active = () => guests.data?.liveSessionGuests.filter((g) => !g.removedAt) ?? [];
  const confirm = async (id: string) => {
    const res = await remove({ participantId: id });
    if (!res.error) {
      setConfirming(null);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <section class="flex flex-col gap-2" aria-labelledby="guests-heading">
      <div class="flex items-center justify-between gap-2">
        <h2 id="guests-heading" class="text-base font-semibold text-slate-900">
          {t('mod.guests', { count: active().length })}
        </h2>
        <Button variant="secondary" class="min-h-9" data-testid="guests-refresh" busy={guests.fetching} onClick={() => refetch({ requestPolicy: 'network-only' })}>
          {t('mod.guestsRefresh')}
        </Button>
      </div>
      <ErrorBox error={guests.error ?? removal.error} />
      <Show when={active().length} fallback={<p class="text-sm text-slate-600">{t('mod.noGuests')}</p>}>
        <ul class="flex flex-col divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
          <For each={active()}>
            {(guest) => (
              <li data-testid="guest" data-guest-id={guest.id} class="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
                <div class="min-w-0 flex-1">
                  <p class="truncate font-medium text-slate-900">{guest.name}</p>
                  <p class="text-xs text-slate-600">
                    {guest.regionName ? `${guest.regionName} · ` : ''}
                    {t('mod.guestJoined')} <RelativeTime iso={guest.joinedAt} /> · {t('mod.guestActivity', { questions: guest.questionCount, votes: guest.voteCount })}
                  </p>
                </div>
                <Show
                  when={confirming() === guest.id}
                  fallback={
                    <Button variant="secondary" class="min-h-9" data-testid="guest-remove" onClick={() => setConfirming(guest.id)}>
                      {t('mod.guestRemove')}
                    </Button>
                  }
                >
                  <div class="flex items-center gap-2" role="group" aria-label={t('mod.guestRemoveConfirm', { name: guest.name })}>
                    <Button class="min-h-9" data-testid="guest-remove-confirm" busy={removal.fetching} onClick={() => void confirm(guest.id)}>
                      {t('mod.guestRemoveYes')}
                    </Button>
                    <Button variant="secondary" class="min-h-9" onClick={() => setConfirming(null)}>
                      {t('mod.guestRemoveNo')}
                    </Button>
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
