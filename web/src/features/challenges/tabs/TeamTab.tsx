import { createSignal, For, Show } from 'solid-js';
import { createMutation, createQuery } from '@urql/solid';
import type { ChallengeRole } from '../../../gql/graphql';
import { ChallengePeopleSearchQuery, DecideJoinRequestMutation, InviteToChallengeMutation, LeaveChallengeMutation, RequestToJoinChallengeMutation } from '../queries/challenge';
import type { ChallengeData, Viewer } from '../challenge/context';
import { createDebounced } from '../../../lib/debounce';
import { Badge } from '../../../lib/ui/Badge';
import { Button } from '../../../lib/ui/Button';
import { Card } from '../../../lib/ui/Card';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { inputClass } from '../../../lib/ui/Field';
import { Select } from '../../../lib/ui/Select';
import { t } from '../i18n';

type Member = ChallengeData['team'][number];

function MemberLine(props: { member: Member; children?: import('solid-js').JSX.Element }) {
  return (
    <li class="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 py-2 first:border-t-0" data-testid="team-member">
      <span>
        <span class="font-medium">{props.member.user?.name}</span>
        <span class="text-sm text-slate-600"> · {props.member.user?.region?.name ?? props.member.user?.role}</span>
      </span>
      <span class="flex flex-wrap items-center gap-2">
        <Badge tone={props.member.role === 'LEAD' ? 'teal' : props.member.role === 'MENTOR' ? 'violet' : 'neutral'}>{t(`team.role.${props.member.role}`)}</Badge>
        {props.children}
      </span>
    </li>
  );
}

function MyPlace(props: { challenge: ChallengeData; viewer: Viewer }) {
  const [joinState, join] = createMutation(RequestToJoinChallengeMutation);
  const [leaveState, leave] = createMutation(LeaveChallengeMutation);
  const mine = () => props.challenge.myMembership;
  const role = (): ChallengeRole => (props.viewer.actor?.role === 'FACILITATOR' ? 'MENTOR' : 'MEMBER');
  const ask = () => join({ input: { challengeId: props.challenge.id, role: mine()?.role ?? role() } });
  const quit = () => leave({ challengeId: props.challenge.id });
  return (
    <div class="flex flex-col gap-2" data-testid="team-my-place">
      <Show when={!mine() && props.challenge.openToJoin}>
        <Button class="min-h-11 self-start" busy={joinState.fetching} data-testid="team-join" onClick={ask}>
          {role() === 'MENTOR' ? t('team.joinAsMentor') : t('team.join')}
        </Button>
      </Show>
      <Show when={mine()?.status === 'REQUESTED'}>
        <p class="text-sm text-slate-700" data-testid="team-requested">{t('team.requested')}</p>
        <Button variant="ghost" class="min-h-11 self-start" busy={leaveState.fetching} onClick={quit}>{t('team.withdraw')}</Button>
      </Show>
      <Show when={mine()?.status === 'INVITED'}>
        <p class="text-sm text-slate-700">{t('team.invited', { role: t(`team.role.${mine()?.role ?? 'MEMBER'}`) })}</p>
        <div class="flex gap-2">
          <Button class="min-h-11" busy={joinState.fetching} data-testid="team-accept-invite" onClick={ask}>{t('team.acceptInvite')}</Button>
          <Button variant="ghost" class="min-h-11" busy={leaveState.fetching} onClick={quit}>{t('team.declineInvite')}</Button>
        </div>
      </Show>
      <Show when={mine()?.status === 'ACTIVE'}>
        <Button variant="secondary" class="min-h-11 self-start" busy={leaveState.fetching} data-testid="team-leave" onClick={quit}>{t('team.leave')}</Button>
      </Show>
      <ErrorBox error={joinState.error ?? leaveState.error} />
    </div>
  );
}

function InviteForm(props: { challengeId: string; exclude: string[] }) {
  const [text, setText] = createSignal('');
  const [search, update] = createDebounced('', 250);
  const [role, setRole] = createSignal<ChallengeRole>('MEMBER');
  const [found] = createQuery({ query: ChallengePeopleSearchQuery, variables: () => ({ search: search() }), pause: () => search().length < 2 });
  const [state, invite] = createMutation(InviteToChallengeMutation);
  const inviteOne = async (userId: string) => {
    const r = await invite({ input: { challengeId: props.challengeId, userId, role: role() } });
    if (!r.error) setText('');
  };
  const people = () => (found.data?.mentionableUsers ?? []).filter((u) => !props.exclude.includes(u.id));
  return (
    <div class="flex flex-col gap-2" data-testid="team-invite">
      <div class="grid gap-2 sm:grid-cols-[2fr_1fr]">
        <div class="flex flex-col gap-1">
          <label for="team-invite-search" class="text-sm font-medium text-slate-700">{t('team.inviteSearch')}</label>
          <input id="team-invite-search" class={inputClass} autocomplete="off" value={text()} onInput={(e) => { setText(e.currentTarget.value); update(e.currentTarget.value.trim()); }} />
        </div>
        <Select label={t('team.inviteRole')} value={role()} options={(['MEMBER', 'LEAD', 'MENTOR'] as const).map((r) => ({ value: r, label: t(`team.role.${r}`) }))} onChange={(e) => setRole(e.currentTarget.value as ChallengeRole)} />
      </div>
      <ul>
        <For each={people()}>
          {(u) => (
            <li class="flex flex-wrap items-center justify-between gap-2 py-1">
              <span class="text-sm">{u.name} <span class="text-slate-500">@{u.username} · {u.region?.name ?? u.role}</span></span>
              <Button variant="secondary" class="min-h-11" busy={state.fetching} onClick={() => void inviteOne(u.id)}>
                {t('team.invite')}
              </Button>
            </li>
          )}
        </For>
      </ul>
      <ErrorBox error={state.error} />
    </div>
  );
}

export function TeamTab(props: { challenge: ChallengeData; viewer: Viewer }) {
  const [decideState, decide] = createMutation(DecideJoinRequestMutation);
  const c = () => props.challenge;
  const requests = () => c().myPendingMembers.filter((m) => m.status === 'REQUESTED');
  const invitations = () => c().myPendingMembers.filter((m) => m.status === 'INVITED');
  const decideOn = (m: Member, accept: boolean) => m.user && decide({ input: { challengeId: c().id, userId: m.user.id, accept } });
  return (
    <div class="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-2">
      <Card title={t('team.title', { count: c().teamCount })}>
        <ul data-testid="team-list">
          <For each={c().team}>{(m) => <MemberLine member={m} />}</For>
        </ul>
        <Show when={props.viewer.signedIn}>
          <div class="mt-3 border-t border-slate-100 pt-3">
            <MyPlace challenge={c()} viewer={props.viewer} />
          </div>
        </Show>
      </Card>
      <Show when={props.viewer.lead || (props.viewer.staff && c().myPendingMembers.length > 0)}>
        <Card title={t('team.pending')}>
          <Show when={requests().length === 0 && invitations().length === 0}>
            <p class="text-sm text-slate-600">{t('team.noPending')}</p>
          </Show>
          <ul data-testid="team-requests">
            <For each={requests()}>
              {(m) => (
                <MemberLine member={m}>
                  <Show when={props.viewer.lead}>
                    <Button class="min-h-11" busy={decideState.fetching} data-testid="team-accept" onClick={() => decideOn(m, true)}>{t('team.accept')}</Button>
                    <Button variant="ghost" class="min-h-11" busy={decideState.fetching} onClick={() => decideOn(m, false)}>{t('team.refuse')}</Button>
                  </Show>
                </MemberLine>
              )}
            </For>
            <For each={invitations()}>{(m) => <MemberLine member={m}><Badge tone="amber">{t('team.invitedBadge')}</Badge></MemberLine>}</For>
          </ul>
          <ErrorBox error={decideState.error} />
          <Show when={props.viewer.lead && c().openToJoin}>
            <div class="mt-3 border-t border-slate-100 pt-3">
              <InviteForm challengeId={c().id} exclude={[...c().team, ...c().myPendingMembers].flatMap((m) => (m.user ? [m.user.id] : []))} />
            </div>
          </Show>
        </Card>
      </Show>
    </div>
  );
}
