import { createSignal, For, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import type { PollState } from '../../../gql/graphql';
import { SetPollStateMutation } from '../queries/polls';
import type { Poll } from '../types';
import { PollCreateForm } from './PollCreateForm';
import { PollResults } from '../polls/PollResults';
import { WordReview } from './WordReview';
import { t } from '../i18n';
import { Badge, type Tone } from '../../../lib/ui/Badge';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';

interface Props {
  sessionId: string;
  polls: readonly Poll[];
  closed: boolean;
}

const tones: Record<PollState, Tone> = { DRAFT: 'neutral', OPEN: 'green', CLOSED: 'amber' };

/** Polls of the session: create (as draft), open, close, and watch the results come in. */
export function PollManager(props: Props) {
  const [creating, setCreating] = createSignal(false);
  return (
    <section class="flex flex-col gap-3" aria-labelledby="polls-heading">
      <div class="flex items-center justify-between gap-2">
        <h2 id="polls-heading" class="text-base font-semibold text-slate-900">
          {t('mod.polls')}
        </h2>
        <Show when={!creating() && !props.closed}>
          <Button variant="secondary" data-testid="poll-create" onClick={() => setCreating(true)}>
            + {t('mod.pollCreate')}
          </Button>
        </Show>
      </div>
      <Show when={creating()}>
        <PollCreateForm sessionId={props.sessionId} onDone={() => setCreating(false)} />
      </Show>
      <Show when={props.polls.length} fallback={<p class="text-sm text-slate-600">{t('mod.noPolls')}</p>}>
        <ul class="flex flex-col gap-3">
          <For each={props.polls}>{(poll) => <ManagedPoll poll={poll} closed={props.closed} />}</For>
        </ul>
      </Show>
    </section>
  );
}

function ManagedPoll(props: { poll: Poll; closed: boolean }) {
  const [result, setState] = createMutation(SetPollStateMutation);
  const change = (state: PollState) => void setState({ pollId: props.poll.id, state });
  return (
    <li data-testid="managed-poll" data-poll-id={props.poll.id} class="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <div class="flex flex-wrap items-center gap-2 text-xs">
        <Badge tone={tones[props.poll.state]} testid="poll-state">
          {t(`poll.state.${props.poll.state}`)}
        </Badge>
        <span class="text-slate-600">{t(`poll.kind.${props.poll.kind}`)}</span>
        <Show when={props.poll.hideResultsUntilClosed}>
          <span class="text-slate-600">· {t('mod.pollHide')}</span>
        </Show>
      </div>
      <p class="font-semibold text-slate-900">{props.poll.title}</p>
      <Show when={props.poll.state !== 'DRAFT'}>
        <PollResults poll={props.poll} />
      </Show>
      <Show when={props.poll.kind === 'WORDS' && props.poll.state !== 'DRAFT'}>
        <WordReview poll={props.poll} />
      </Show>
      <Show when={!props.closed}>
        <div class="flex gap-2">
          <Show when={props.poll.state !== 'OPEN'}>
            <Button class="min-h-9" data-testid="poll-open" busy={result.fetching} onClick={() => change('OPEN')}>
              {t('mod.pollOpen')}
            </Button>
          </Show>
          <Show when={props.poll.state === 'OPEN'}>
            <Button variant="secondary" class="min-h-9" data-testid="poll-close" busy={result.fetching} onClick={() => change('CLOSED')}>
              {t('mod.pollClose')}
            </Button>
          </Show>
        </div>
      </Show>
      <ErrorBox error={result.error} />
    </li>
  );
}
