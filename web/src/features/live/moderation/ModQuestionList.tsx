import { createMemo, createSignal, For, Show } from 'solid-js';
import { sortQuestions, type Question } from '../types';
import { ModActions } from './ModActions';
import { QuestionAnswer, QuestionMeta } from '../session/QuestionMeta';
import { formatNumber } from '../../../lib/format';
import { t } from '../i18n';
import { Badge } from '../../../lib/ui/Badge';

type Tab = 'PENDING' | 'LIVE' | 'ANSWERED';
const TABS: Tab[] = ['PENDING', 'LIVE', 'ANSWERED'];

interface Props {
  questions: readonly Question[];
  highlightedId: string | null;
}

const inTab = (tab: Tab, list: readonly Question[]): Question[] => {
  const mine = list.filter((q) => q.status === tab);
  // The queue oldest first (fair), the rest by votes.
  return tab === 'PENDING' ? [...mine].sort((a, b) => Number(a.id) - Number(b.id)) : sortQuestions(mine, 'POPULAR');
};

/** Questions by state: Antrean (approve or dismiss), Tampil and Terjawab (highlight, pin, answer, reply, archive). */
export function ModQuestionList(props: Props) {
  const [tab, setTab] = createSignal<Tab>('LIVE');
  const shown = createMemo(() => inTab(tab(), props.questions));
  const count = (tabName: Tab) => props.questions.filter((q) => q.status === tabName).length;
  return (
    <section class="flex flex-col gap-2">
      <div role="tablist" aria-label={t('mod.tabs')} class="flex gap-1 overflow-x-auto border-b border-slate-200">
        <For each={TABS}>
          {(name) => (
            <button
              type="button"
              role="tab"
              data-testid={`mod-tab-${name.toLowerCase()}`}
              aria-selected={tab() === name}
              class={`-mb-px min-h-10 whitespace-nowrap border-b-2 px-3 text-sm font-medium ${tab() === name ? 'border-teal-700 text-teal-800' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
              onClick={() => setTab(name)}
            >
              {t(`mod.tab.${name}`)}{' '}
              <span class={`ml-1 rounded-full px-1.5 text-xs tabular-nums ${name === 'PENDING' && count(name) ? 'bg-amber-200 text-amber-900' : 'bg-slate-100 text-slate-700'}`}>{count(name)}</span>
            </button>
          )}
        </For>
      </div>
      <Show when={shown().length} fallback={<p class="p-4 text-sm text-slate-600">{t('mod.empty')}</p>}>
        <div role="tabpanel">
        <ol class="rounded-lg border border-slate-200 bg-white shadow-sm">
          <For each={shown()}>
            {(q) => (
              <li data-testid="question" data-question-id={q.id} class={`border-b border-slate-100 px-3 py-3 last:border-b-0 sm:px-4 ${q.id === props.highlightedId ? 'bg-violet-50' : ''}`}>
                <div class="flex items-start gap-3">
                  <span class="flex w-12 shrink-0 flex-col items-center rounded-md bg-slate-100 py-1 text-sm font-semibold" title={t('question.votes', { count: q.voteCount })}>
                    <span data-testid="question-votes" class="tabular-nums">
                      {formatNumber(q.voteCount)}
                    </span>
                  </span>
                  <div class="min-w-0 flex-1">
                    <p class="whitespace-pre-wrap break-words text-[15px] text-slate-900">{q.text}</p>
                    <div class="mt-1 flex flex-wrap items-center gap-2">
                      <Show when={q.anonymous}>
                        <Badge>{t('live.anonymous')}</Badge>
                      </Show>
                      <QuestionMeta question={q} highlighted={q.id === props.highlightedId} />
                    </div>
                    <Show when={q.freshGuestVoteCount}>
                      {(fresh) => (
                        <p data-testid="question-fresh-votes" class="mt-1 text-xs font-medium text-amber-900" title={t('mod.freshVotesHint')}>
                          {t('mod.freshVotes', { count: fresh() })}
                        </p>
                      )}
                    </Show>
                    <QuestionAnswer text={q.answerText} />
                    <ModActions question={q} highlighted={q.id === props.highlightedId} />
                  </div>
                </div>
              </li>
            )}
          </For>
        </ol>
        </div>
      </Show>
    </section>
  );
}
