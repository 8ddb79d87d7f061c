import { createSignal, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import { DeactivateUserMutation, IssuePasswordResetMutation, ReactivateUserMutation } from './queries';
import type { PeopleQuery } from '../../../gql/graphql';
import { InviteLink } from '../invites/InviteLink';
import { t } from '../i18n';
import { formatDate } from '../../../lib/format';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { roleLabel } from '../../../lib/ui/roleLabel';

type Person = PeopleQuery['people'][number];

interface Props {
  person: Person;
  /** The admin looking: they cannot deactivate themself. */
  isSelf: boolean;
}

/** One account: who, where, whether it is active; deactivate, reactivate, or hand out a reset link. */
export function PersonRow(props: Props) {
  const [confirming, setConfirming] = createSignal(false);
  const [deactivating, deactivate] = createMutation(DeactivateUserMutation);
  const [reactivating, reactivate] = createMutation(ReactivateUserMutation);
  const [issuing, issue] = createMutation(IssuePasswordResetMutation);
  const name = () => props.person.name;
  const link = () => issuing.data?.issuePasswordReset;

  let deactivateButton: HTMLButtonElement | undefined;
  let confirmButton: HTMLButtonElement | undefined;
  let reactivateButton: HTMLButtonElement | undefined;
  // Each of these buttons replaces the one that had focus: focus follows, never dropping to the page's body.
  const focusSoon = (target: () => HTMLButtonElement | undefined) => queueMicrotask(() => target()?.focus());

  const ask = (open: boolean) => {
    setConfirming(open);
    focusSoon(() => (open ? confirmButton : deactivateButton));
  };

  const doDeactivate = async () => {
    const res = await deactivate({ id: props.person.id });
    setConfirming(false);
    if (res.data) focusSoon(() => reactivateButton);
  };

  const doReactivate = async () => {
    const res = await reactivate({ id: props.person.id });
    if (res.data) focusSoon(() => deactivateButton);
  };

  return (
    <li class="flex flex-col gap-2 py-3 text-sm" data-testid="person">
      <div class="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <p class="font-medium text-slate-900">
            {name()} <span class="font-normal text-slate-600">@{props.person.username}</span>
            <Show when={props.isSelf}>
              <span class="ml-2 text-xs text-slate-600">({t('people.you')})</span>
            </Show>
          </p>
          <p class="text-slate-600">
            {roleLabel(props.person.role)} · {props.person.region ? `${props.person.region.code} ${props.person.region.name}` : (props.person.organisation ?? '—')}
            <Show when={props.person.email}> · {props.person.email}</Show>
          </p>
          <Show when={props.person.deactivatedAt}>
            {(since) => <p class="font-medium text-red-800">{t('people.deactivated', { date: formatDate(since()) })}</p>}
          </Show>
        </div>
        <div class="flex flex-wrap gap-2">
          <Show
            when={props.person.deactivatedAt}
            fallback={
              <>
                <Button variant="secondary" aria-label={t('people.resetLabel', { name: name() })} busy={issuing.fetching} onClick={() => void issue({ userId: props.person.id })}>
                  {t('people.reset')}
                </Button>
                <Show when={!props.isSelf}>
                  <Button
                    variant="danger"
                    ref={(el: HTMLButtonElement) => (deactivateButton = el)}
                    aria-label={t('people.deactivateLabel', { name: name() })}
                    aria-expanded={confirming()}
                    onClick={() => ask(!confirming())}
                  >
                    {t('people.deactivate')}
                  </Button>
                </Show>
              </>
            }
          >
            <Button
              variant="secondary"
              ref={(el: HTMLButtonElement) => (reactivateButton = el)}
              aria-label={t('people.reactivateLabel', { name: name() })}
              busy={reactivating.fetching}
              onClick={() => void doReactivate()}
            >
              {t('people.reactivate')}
            </Button>
          </Show>
        </div>
      </div>
      <Show when={confirming() && !props.person.deactivatedAt}>
        <div class="flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 p-3">
          <span class="text-red-900">{t('people.deactivateConfirm', { name: name() })}</span>
          <Button variant="danger" ref={(el: HTMLButtonElement) => (confirmButton = el)} data-testid="deactivate-confirm" busy={deactivating.fetching} onClick={() => void doDeactivate()}>
            {t('people.deactivate')}
          </Button>
          <Button variant="ghost" onClick={() => ask(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </Show>
      <ErrorBox error={deactivating.error ?? reactivating.error ?? issuing.error} />
      <Show when={link()}>
        {(l) => (
          <InviteLink
            url={`${window.location.origin}${l().path}`}
            expiresAt={l().expiresAt}
            heading={t('people.resetReady', { name: name(), date: formatDate(l().expiresAt) })}
            note=""
            label={t('people.resetLink')}
          />
        )}
      </Show>
    </li>
  );
}
