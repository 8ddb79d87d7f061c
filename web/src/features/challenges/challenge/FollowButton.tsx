import { createMutation } from '@urql/solid';
import { FollowChallengeMutation } from '../queries/live';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { t } from '../i18n';

/** Followers hear of stage changes, new and selected solutions, endorsements and replications. */
export function FollowButton(props: { challengeId: string; following: boolean; count: number }) {
  const [state, follow] = createMutation(FollowChallengeMutation);
  return (
    <span class="inline-flex flex-col">
      <button
        type="button"
        data-testid="challenge-follow"
        aria-pressed={props.following}
        disabled={state.fetching}
        class={`inline-flex min-h-11 items-center gap-2 rounded-md px-3 text-sm ring-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 ${props.following ? 'bg-teal-50 text-teal-900 ring-teal-300' : 'text-slate-800 ring-slate-300 hover:bg-slate-50'}`}
        onClick={() => follow({ challengeId: props.challengeId, follow: !props.following })}
      >
        {props.following ? t('challenge.following') : t('challenge.follow')}
        <span class="tabular-nums text-slate-600">{props.count}</span>
      </button>
      <ErrorBox error={state.error} />
    </span>
  );
}
