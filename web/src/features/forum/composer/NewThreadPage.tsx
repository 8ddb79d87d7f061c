import { createSignal, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { useNavigate, useSearchParams } from '@solidjs/router';
import { createMutation, createQuery } from '@urql/solid';
import { CreateThreadMutation, ForumCategoriesQuery } from '../queries/feed';
import { ForumGate } from '../ForumGate';
import { MarkdownEditor } from './MarkdownEditor';
import { ThreadExtras } from './ThreadExtras';
import { parseIndicators, parseRegionCodes, parseTags } from './listInput';
import { useForumIndicators } from '../indicators';
import { emptyThreadDraft, isEmptyThreadDraft, isThreadDraft, type ThreadDraft } from './threadDraft';
import { useDraftSaver } from './useDraft';
import { TITLE_MAX, TITLE_MIN } from '../types';
import { draftKey, loadDraft } from '../../../lib/drafts';
import { t } from '../i18n';
import { useMe } from '../../../lib/me';
import { Button } from '../../../lib/ui/Button';
import { Card } from '../../../lib/ui/Card';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Field } from '../../../lib/ui/Field';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Select } from '../../../lib/ui/Select';

export default function NewThreadPage() {
  return (
    <>
      <PageTitle title={t('forum.compose.title')} subtitle={t('forum.compose.subtitle')} />
      <ForumGate>
        <NewThreadForm />
      </ForumGate>
    </>
  );
}

const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/** The composer for a new topic; the draft survives reloads until it is posted or discarded. */
export function NewThreadForm() {
  const me = useMe();
  const navigate = useNavigate();
  const [search] = useSearchParams<{ kategori?: string }>();
  const key = draftKey(me.data?.me?.id ?? 'anon', 'new-thread');
  const restored = loadDraft(key, isThreadDraft);
  const [draft, setDraft] = createStore<ThreadDraft>(restored ?? emptyThreadDraft(one(search.kategori)));
  const [wasRestored, setWasRestored] = createSignal(!!restored && !isEmptyThreadDraft(restored));
  const [localError, setLocalError] = createSignal('');
  const [categories] = createQuery({ query: ForumCategoriesQuery });
  const framework = useForumIndicators();
  const [result, create] = createMutation(CreateThreadMutation);
  const saver = useDraftSaver(key, () => ({ ...draft }), isEmptyThreadDraft);

  const title = () => draft.title.trim().replace(/\s+/g, ' ');
  const set = <K extends keyof ThreadDraft>(field: K, value: ThreadDraft[K]) => setDraft(field, value);

  const discard = () => {
    saver.discard();
    setDraft(reconcile(emptyThreadDraft(one(search.kategori))));
    setWasRestored(false);
  };

  const send = async () => {
    const indicators = parseIndicators(draft.indicators, framework.isValid);
    const regions = parseRegionCodes(draft.regions);
    const tags = parseTags(draft.tags);
    if (!draft.categoryId) return setLocalError(t('forum.compose.needCategory'));
    if (title().length < TITLE_MIN || title().length > TITLE_MAX) return setLocalError(t('forum.compose.titleLength', { min: TITLE_MIN, max: TITLE_MAX }));
    if (!draft.body.trim()) return setLocalError(t('forum.compose.needBody'));
    const max = framework.max();
    const values = indicators.invalid.join(', ');
    if (indicators.invalid.length) return setLocalError(max ? t('forum.compose.badIndicators', { max, values }) : t('forum.compose.badIndicatorsAny', { values }));
    if (regions.invalid.length) return setLocalError(t('forum.compose.badRegions', { values: regions.invalid.join(', ') }));
    if (tags.invalid.length || tags.values.length > 5) return setLocalError(t('forum.compose.badTags', { values: tags.invalid.join(', ') || '>5' }));
    setLocalError('');
    const res = await create({
      input: {
        categoryId: draft.categoryId,
        title: title(),
        body: draft.body,
        type: draft.type,
        indicatorNumbers: indicators.values,
        regionCodes: regions.values,
        tags: tags.values,
      },
    });
    const created = res.data?.createThread;
    if (!created) return;
    saver.discard();
    navigate(`/forum/t/${created.id}`);
  };
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    void send();
  };

  return (
    <Card>
      <form class="flex flex-col gap-4" onSubmit={submit} noValidate>
        <Show when={wasRestored()}>
          <p role="status" data-testid="draft-restored" class="flex flex-wrap items-center justify-between gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
            {t('forum.draft.restored')}
            <button type="button" class="font-medium underline" onClick={discard}>
              {t('forum.draft.discard')}
            </button>
          </p>
        </Show>
        <div class="grid gap-3 sm:grid-cols-2">
          <Select
            label={t('forum.category')}
            testid="thread-category"
            value={draft.categoryId}
            required
            options={[{ value: '', label: t('forum.compose.pickCategory'), disabled: true }, ...(categories.data?.categories ?? []).map((c) => ({ value: c.id, label: c.name }))]}
            onChange={(e) => set('categoryId', e.currentTarget.value)}
          />
          <Select
            label={t('forum.compose.type')}
            testid="thread-type"
            value={draft.type}
            options={[
              { value: 'DISCUSSION', label: t('forum.type.DISCUSSION') },
              { value: 'QUESTION', label: t('forum.type.QUESTION') },
            ]}
            onChange={(e) => set('type', e.currentTarget.value === 'QUESTION' ? 'QUESTION' : 'DISCUSSION')}
          />
        </div>
        <Field
          label={t('forum.compose.titleLabel')}
          testid="thread-title-input"
          value={draft.title}
          maxLength={TITLE_MAX}
          hint={t('forum.compose.titleCounter', { count: title().length, max: TITLE_MAX, min: TITLE_MIN })}
          onInput={(e) => set('title', e.currentTarget.value)}
        />
        <MarkdownEditor label={t('forum.compose.body')} testid="thread-body-input" rows={10} value={draft.body} onInput={(v) => set('body', v)} onSubmit={() => void send()} />
        <ThreadExtras indicators={draft.indicators} indicatorMax={framework.max()} regions={draft.regions} tags={draft.tags} onChange={(field, value) => set(field, value)} />
        <ErrorBox message={localError()} error={result.error} />
        <div class="flex flex-wrap gap-2">
          <Button type="submit" data-testid="thread-submit" busy={result.fetching}>
            {t('forum.compose.submit')}
          </Button>
          <Button variant="ghost" onClick={() => navigate(-1)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
