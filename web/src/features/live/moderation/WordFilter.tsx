import { createSignal, untrack } from 'solid-js';
import { createMutation } from '@urql/solid';
import { SetBlockedWordsMutation, SetWordReviewMutation } from '../queries/words';
import type { LiveSession } from '../types';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';

/** "Anjing, bangsat\nbabi" → ["anjing", "bangsat", "babi"]: how the server stores the list. */
export const parseBlockedWords = (raw: string): string[] => [...new Set(raw.split(/[\s,;]+/).map((w) => w.trim().toLowerCase()).filter(Boolean))];

/**
 * The session's word-cloud guards: whether new answers wait for review, and the blocked words
 * whose answers never show (the server rejects them, also ones already shown).
 */
export function WordFilter(props: { session: LiveSession }) {
  const [review, setReview] = createMutation(SetWordReviewMutation);
  const [saving, save] = createMutation(SetBlockedWordsMutation);
  // A draft of its own: typing must not be overwritten by a live update of the saved list.
  const [draft, setDraft] = createSignal(untrack(() => (props.session.blockedWords ?? []).join(', ')));
  const [saved, setSaved] = createSignal(false);
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setSaved(false);
    const res = await save({ input: { sessionId: props.session.id, words: parseBlockedWords(draft()) } });
    if (res.data) {
      setDraft(res.data.setBlockedWords.blockedWords?.join(', ') ?? '');
      setSaved(true);
    }
  };
  return (
    <section class="flex flex-col gap-2" aria-labelledby="word-filter-heading">
      <h2 id="word-filter-heading" class="text-base font-semibold text-slate-900">
        {t('mod.wordFilter')}
      </h2>
      <label class="flex min-h-11 items-start gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          data-testid="word-review-toggle"
          class="mt-0.5 h-6 w-6 shrink-0 accent-teal-700"
          checked={props.session.reviewWords}
          disabled={review.fetching}
          onChange={(e) => void setReview({ sessionId: props.session.id, reviewWords: e.currentTarget.checked })}
        />
        <span>{t('mod.wordReview')}</span>
      </label>
      <ErrorBox error={review.error} />
      <form class="flex flex-col gap-2" onSubmit={(e) => void submit(e)}>
        <label for="blocked-words" class="text-sm font-medium text-slate-800">
          {t('mod.blockedWords')}
        </label>
        <textarea
          id="blocked-words"
          data-testid="blocked-words"
          aria-describedby="blocked-words-hint"
          rows={3}
          class="rounded-md border border-slate-300 px-3 py-2 text-sm"
          value={draft()}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            setSaved(false);
          }}
        />
        <p id="blocked-words-hint" class="text-xs text-slate-600">
          {t('mod.blockedWordsHint')}
        </p>
        <div class="flex items-center gap-3">
          <Button type="submit" variant="secondary" class="min-h-9" data-testid="blocked-words-save" busy={saving.fetching}>
            {t('mod.blockedWordsSave')}
          </Button>
          <span role="status" class="text-xs text-teal-800">
            {saved() ? t('mod.blockedWordsSaved') : ''}
          </span>
        </div>
        <ErrorBox error={saving.error} />
      </form>
    </section>
  );
}
