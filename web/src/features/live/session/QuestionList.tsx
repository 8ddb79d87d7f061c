import { createMemo, createSignal, For, Show } from 'solid-js';
import { sortQuestions, type Question, type QuestionSort } from '../types';
import { createFlip } from './flip';
import { QuestionItem } from './QuestionItem';
import { formatNumber } from '../../../lib/format';
import { t } from '../i18n';

interface Props {
  questions: readonly Question[];
  highlightedId: string | null;
  closed: boolean;
}

const SORTS: QuestionSort[] = ['POPULAR', 'RECENT'];

/**
 * The questions participants see, "Populer" (most votes) or "Terbaru", optionally without the
 * answered ones. Counts change live, and items glide to their new places when the order does.
 */
export function QuestionList(props: Props) {
  const [sort, setSort] = createSignal<QuestionSort>('POPULAR');
  const [hideAnswered, setHideAnswered] = createSignal(false);
  const shown = createMemo(() => sortQuestions(hideAnswered() ? props.questions.filter((q) => !q.isAnswered) : props.questions, sort()));
  const order = createMemo(() => shown().map((q) => q.id), undefined, { equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]) });
  let list: HTMLOListElement | undefined;
  createFlip(() => list, order);

  return (
    <section aria-labelledby="questions-heading" class="flex flex-col gap-2">
      <div class="flex flex-wrap items-center justify-between gap-2">
        <h2 id="questions-heading" class="text-base font-semibold text-slate-900">
          {t('questions.title')} <span class="font-normal text-slate-500">({formatNumber(props.questions.length)})</span>
        </h2>
        <div role="group" aria-label={t('questions.sort')} class="inline-flex rounded-md ring-1 ring-slate-300">
          <For each={SORTS}>
            {(s) => (
              <button
                type="button"
                data-testid={`questions-sort-${s.toLowerCase()}`}
                aria-pressed={sort() === s}
                class={`min-h-9 px-3 text-sm font-medium first:rounded-l-md last:rounded-r-md ${sort() === s ? 'bg-teal-700 text-white' : 'bg-white text-slate-700 hover:bg-slate-100'}`}
                onClick={() => setSort(s)}
              >
                {t(s === 'POPULAR' ? 'questions.sort.POPULAR' : 'questions.sort.RECENT')}
              </button>
            )}
          </For>
        </div>
      </div>
      <label class="inline-flex min-h-11 items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" data-testid="questions-hide-answered" class="h-6 w-6 shrink-0 accent-teal-700" checked={hideAnswered()} onChange={(e) => setHideAnswered(e.currentTarget.checked)} />
        {t('questions.hideAnswered')}
      </label>
      <Show when={shown().length} fallback={<p class="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">{t('questions.empty')}</p>}>
        <ol ref={(el) => (list = el)} class="relative overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm" aria-label={t('questions.title')}>
          <For each={shown()}>{(q) => <QuestionItem question={q} highlighted={q.id === props.highlightedId} closed={props.closed} />}</For>
        </ol>
      </Show>
    </section>
  );
}
