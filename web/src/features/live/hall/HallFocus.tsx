import { For, Show } from 'solid-js';
import type { Poll, Question } from '../types';
import { PollResults } from '../polls/PollResults';
import { formatNumber } from '../../../lib/format';
import { t } from '../i18n';

/** The highlighted question, as large as the screen allows. */
export function HallQuestion(props: { question: Question }) {
  return (
    <figure data-testid="hall-highlight" class="flex flex-col gap-8">
      <blockquote class="break-words text-[clamp(2.5rem,4.6vw,6.5rem)] font-bold leading-[1.1] text-white">“{props.question.text}”</blockquote>
      <figcaption class="flex flex-wrap items-baseline gap-x-6 gap-y-2 text-[clamp(1.5rem,2.2vw,3rem)] text-slate-300">
        <span class="font-semibold text-teal-300">{props.question.askedBy?.name ?? t('live.anonymous')}</span>
        <Show when={props.question.askedBy?.regionName}>{(region) => <span>{region()}</span>}</Show>
        <span class="tabular-nums">▲ {t('hall.votes', { count: formatNumber(props.question.voteCount) })}</span>
      </figcaption>
      <Show when={props.question.answerText}>
        {(answer) => <p class="border-l-8 border-teal-400 pl-6 text-[clamp(1.5rem,2vw,2.75rem)] text-slate-200">{answer()}</p>}
      </Show>
    </figure>
  );
}

/** The open poll: big bars or a word cloud, or a note that results come at closing. */
export function HallPoll(props: { poll: Poll }) {
  const visible = () => (props.poll.kind === 'WORDS' ? props.poll.words !== null : props.poll.results !== null) && !(props.poll.hideResultsUntilClosed && props.poll.state === 'OPEN');
  return (
    <section data-testid="hall-poll-results" class="flex flex-col gap-10">
      <Show when={props.poll.state === 'CLOSED'}>
        <p class="-mb-6 text-[clamp(1.25rem,1.8vw,2.5rem)] font-semibold uppercase tracking-wide text-teal-300">{t('poll.closedResults')}</p>
      </Show>
      <h2 class="break-words text-[clamp(2.25rem,3.6vw,5rem)] font-bold leading-tight">{props.poll.title}</h2>
      <Show
        when={visible()}
        fallback={
          <p class="text-[clamp(1.75rem,2.4vw,3.25rem)] text-slate-300">
            {t('poll.hidden')} {t('poll.total', { count: formatNumber(props.poll.totalVotes) })}
          </p>
        }
      >
        <PollResults poll={props.poll} size="hall" />
      </Show>
    </section>
  );
}

/** The five most supported questions, votes first. */
export function HallTopQuestions(props: { questions: readonly Question[] }) {
  return (
    <section data-testid="hall-top" class="flex flex-col gap-6">
      <h2 class="text-[clamp(1.75rem,2.4vw,3.25rem)] font-semibold uppercase tracking-wide text-teal-300">{t('hall.top')}</h2>
      <Show when={props.questions.length} fallback={<p class="text-[clamp(1.75rem,2.6vw,3.5rem)] text-slate-300">{t('hall.empty')}</p>}>
        <ol class="flex flex-col gap-5">
          <For each={props.questions}>
            {(q) => (
              <li data-testid="hall-question" data-question-id={q.id} class="flex items-start gap-6 rounded-2xl bg-white/5 px-6 py-4">
                <span class="min-w-[5ch] shrink-0 text-center text-[clamp(1.75rem,2.6vw,3.5rem)] font-bold tabular-nums text-teal-300">▲ {formatNumber(q.voteCount)}</span>
                <span class="min-w-0 break-words text-[clamp(1.5rem,2.3vw,3.25rem)] leading-snug">{q.text}</span>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
