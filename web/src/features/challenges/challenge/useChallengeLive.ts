import type { Accessor } from 'solid-js';
import type { ChallengeEventsSubscription } from '../../../gql/graphql';
import { ChallengeEventsSubscription as Events } from '../queries/live';
import { useSubscription } from '../../../lib/client/useSubscription';
import { t } from '../i18n';

type ChallengeEvent = ChallengeEventsSubscription['challengeEvents'];

export interface ChallengeLiveOptions {
  challengeId: Accessor<string>;
  signedIn: Accessor<boolean>;
  /** Reads the page's data again from the server. */
  refetch: () => void;
  /** Says something politely to screen readers (a new solution, a stage move). */
  announce?: (text: string) => void;
}

/**
 * Events that change which items a list holds (a new solution, a team row, a decision that
 * reorders, a replication) are read again; the others carry what changed (stage, counts, the
 * solution as it is now) and the normalized cache updates every view of it.
 */
const RELOAD: ChallengeEvent['kind'][] = ['SOLUTION_PROPOSED', 'TEAM_CHANGED', 'SOLUTION_DECIDED', 'REPLICATED', 'REPLICATION_UPDATED', 'UPDATED', 'RESULT_RECORDED'];

/** Keeps a challenge page live through `challengeEvents` (signed-in viewers; the server re-checks each event). */
export function useChallengeLive(options: ChallengeLiveOptions): void {
  useSubscription({
    query: Events,
    variables: () => ({ challengeId: options.challengeId() }),
    pause: () => !options.signedIn(),
    onData: (data) => {
      const event = data.challengeEvents;
      if (RELOAD.includes(event.kind)) options.refetch();
      if (event.kind === 'SOLUTION_PROPOSED' && event.solution) options.announce?.(t('challenge.live.solution', { title: event.solution.title }));
      if (event.kind === 'STAGE_MOVED' && event.challenge) options.announce?.(t('challenge.live.stage', { stage: t(`challenge.stage.${event.challenge.stage}`) }));
    },
    onReconnect: options.refetch,
  });
}
