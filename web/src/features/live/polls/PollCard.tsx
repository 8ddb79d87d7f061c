import { Show } from 'solid-js';
import type { Poll } from '../types';
import { PollResults } from './PollResults';
import { PollVoteForm } from './PollVoteForm';
import { t } from '../i18n';
import { Badge } from '../../../lib/ui/Badge';

interface Props {
  poll: Poll;
  /** The session is closed: no more votes. */
  closed: boolean;
  /** The session reviews word-cloud answers: a new one shows only once a moderator approved it. */
  reviewed?: boolean;
}

/** A poll for participants: the vote form while open, then thanks and the results (or that they come at closing). */
export function PollCard(props: Props) {
  const voted = () => props.poll.myChoices !== null;
  const canVote = () => props.poll.state === 'OPEN' && !voted() && !props.closed;
  const visible = () => (props.poll.kind === 'WORDS' ? props.poll.words !== null : props.poll.results !== null);
  return (
    <section data-testid="poll" data-poll-id={props.poll.id} class="flex flex-col gap-3 rounded-lg border-2 border-teal-600 bg-white p-3 shadow-sm sm:p-4">
      <div class="flex flex-wrap items-center gap-2 text-xs">
        <Badge tone="teal">{t(props.poll.state === 'OPEN' ? 'poll.active' : 'poll.closedResults')}</Badge>
        <span class="text-slate-600">{t(`poll.kind.${props.poll.kind}`)}</span>
      </div>
      <h3 class="text-base font-semibold text-slate-900">{props.poll.title}</h3>
      <Show when={canVote()}>
        <PollVoteForm poll={props.poll} />
      </Show>
      <Show when={!canVote()}>
        <Show when={voted() && props.poll.state === 'OPEN'}>
          <p role="status" data-testid="poll-thanks" class="rounded-md bg-teal-50 px-3 py-2 text-sm font-medium text-teal-900">
            {t(props.poll.kind === 'WORDS' && props.reviewed ? 'poll.thanksReviewed' : 'poll.thanks')}
          </p>
        </Show>
        <Show when={visible()} fallback={<p data-testid="poll-hidden" class="text-sm text-slate-600">{t('poll.hidden')}</p>}>
          <PollResults poll={props.poll} testid="poll-results" />
        </Show>
      </Show>
    </section>
  );
}
