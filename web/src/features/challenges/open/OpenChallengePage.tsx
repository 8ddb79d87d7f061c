import { createEffect, createSignal, For, Show } from 'solid-js';
import { A, useNavigate } from '@solidjs/router';
import { createMutation, createQuery } from '@urql/solid';
import type { ChallengeStage } from '../../../gql/graphql';
import { limits } from '../../../gql/limits';
import { ChallengeChoicesQuery, OpenChallengeMutation } from '../queries/list';
import { canOpenChallenge, isStaff } from '../roles';
import { WORKING_STAGES } from '../stages';
import { MarkdownField } from '../ui/MarkdownField';
import { Chips } from '../ui/Chips';
import { RegionPicker, type PickedRegion } from '../ui/RegionPicker';
import { fieldErrors } from '../ui/serverErrors';
import { useMe } from '../../../lib/me';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Field, inputClass } from '../../../lib/ui/Field';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Select } from '../../../lib/ui/Select';
import { t } from '../i18n';

const L = limits.challenge;

/** `/tantangan/baru`: a region admin opens a challenge for their region, staff for any regions. */
export default function OpenChallengePage() {
  const me = useMe();
  const navigate = useNavigate();
  const [choices] = createQuery({ query: ChallengeChoicesQuery });
  const [state, open] = createMutation(OpenChallengeMutation);
  const [title, setTitle] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const [regions, setRegions] = createSignal<PickedRegion[]>([]);
  const [indicators, setIndicators] = createSignal<number[]>([]);
  const [cohort, setCohort] = createSignal('');
  const [tags, setTags] = createSignal('');
  const [deadlines, setDeadlines] = createSignal<Partial<Record<ChallengeStage, string>>>({});
  const [local, setLocal] = createSignal<Record<string, string>>({});
  const staff = () => isStaff(me.data?.me);
  // A region admin opens for their own region only: it is chosen for them.
  createEffect(() => {
    const own = me.data?.me?.region;
    if (me.data?.me?.role === 'REGION_ADMIN' && own && regions().length === 0) setRegions([{ code: own.code, name: own.name }]);
  });
  const indicatorList = () => choices.data?.spbeFramework?.indicators ?? [];
  const server = () => fieldErrors(state.error);
  const error = (field: string) => local()[field] ?? server().byField[field];

  const check = (): boolean => {
    const problems: Record<string, string> = {};
    const ti = title().trim();
    if (ti.length < L.titleMin || ti.length > L.titleMax) problems.title = t('challenges.error.title', { min: L.titleMin, max: L.titleMax });
    const p = problem().trim();
    if (p.length < L.problemMin || p.length > L.problemMax) problems.problemMarkdown = t('challenges.error.problem', { min: L.problemMin, max: L.problemMax });
    if (regions().length === 0) problems.regionCodes = t('challenges.error.regions');
    if (indicators().length === 0) problems.indicators = t('challenges.error.indicators', { max: L.indicatorsMax });
    setLocal(problems);
    return Object.keys(problems).length === 0;
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!check()) {
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const result = await open({
      input: {
        title: title().trim(),
        problemMarkdown: problem(),
        regionCodes: regions().map((r) => r.code),
        indicators: indicators().map((number) => ({ framework: 'SPBE-2020', number })),
        cohort: cohort() || null,
        tags: tags()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        deadlines: Object.entries(deadlines())
          .filter(([, v]) => v)
          .map(([stage, v]) => ({ stage: stage as ChallengeStage, dueAt: new Date(`${v}T23:59:00`).toISOString() })),
      },
    });
    const id = result.data?.openChallenge.id;
    if (id) navigate(`/tantangan/${id}`);
    else queueMicrotask(() => document.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus());
  };

  return (
    <>
      <A href="/tantangan" class="mb-2 inline-flex min-h-11 items-center text-sm text-teal-800 hover:underline">
        ← {t('challenges.back')}
      </A>
      <PageTitle title={t('challenges.open.title')} subtitle={t('challenges.open.subtitle')} />
      <Show when={me.data && !canOpenChallenge(me.data.me)}>
        <p class="rounded-md bg-amber-50 p-3 text-sm text-amber-900" role="alert">
          {t('challenges.open.notAllowed')}
        </p>
      </Show>
      <Show when={canOpenChallenge(me.data?.me)}>
        <form class="flex max-w-3xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" onSubmit={submit} noValidate data-testid="challenge-form">
          <Show when={server().general}>
            <ErrorBox message={server().general} />
          </Show>
          <Field label={t('challenges.field.title')} testid="challenge-title" value={title()} maxLength={L.titleMax} error={error('title')} onInput={(e) => setTitle(e.currentTarget.value)} hint={t('challenges.field.titleHint', { min: L.titleMin, max: L.titleMax })} />
          <MarkdownField label={t('challenges.field.problem')} testid="challenge-problem" value={problem()} onInput={setProblem} maxLength={L.problemMax} error={error('problemMarkdown')} />
          <fieldset class="flex flex-col gap-2">
            <legend class="text-sm font-medium text-slate-700">{t('challenges.field.regions')}</legend>
            <Show
              when={staff()}
              fallback={
                <p class="text-sm text-slate-700" data-testid="challenge-own-region">
                  {regions()[0]?.name}
                </p>
              }
            >
              <Chips label={t('challenges.field.regions')} items={regions().map((r) => ({ value: r.code, label: r.name }))} onRemove={(code) => setRegions(regions().filter((r) => r.code !== code))} testid="challenge-regions-chosen" />
              <RegionPicker label={t('challenges.field.addRegion')} testid="challenge-region-search" exclude={regions().map((r) => r.code)} onPick={(r) => regions().length < L.regionsMax && setRegions([...regions(), r])} />
            </Show>
            <Show when={error('regionCodes')}>
              <p class="text-sm text-red-700" data-testid="challenge-regions-error">
                {error('regionCodes')}
              </p>
            </Show>
          </fieldset>
          <fieldset class="flex flex-col gap-2">
            <legend class="text-sm font-medium text-slate-700">{t('challenges.field.indicators')}</legend>
            <Chips
              label={t('challenges.field.indicators')}
              items={indicators().map((n) => ({ value: String(n), label: `${n}. ${indicatorList().find((i) => i.number === n)?.name ?? ''}` }))}
              onRemove={(v) => setIndicators(indicators().filter((n) => String(n) !== v))}
            />
            <Select
              label={t('challenges.field.addIndicator')}
              testid="challenge-indicator"
              aria-invalid={error('indicators') ? 'true' : undefined}
              value=""
              options={[{ value: '', label: t('challenges.field.chooseIndicator') }, ...indicatorList().map((i) => ({ value: String(i.number), label: `${i.number}. ${i.name}`, disabled: indicators().includes(i.number) }))]}
              onChange={(e) => {
                const n = Number(e.currentTarget.value);
                if (n && !indicators().includes(n) && indicators().length < L.indicatorsMax) setIndicators([...indicators(), n]);
                e.currentTarget.value = '';
              }}
            />
            <Show when={error('indicators')}>
              <p class="text-sm text-red-700" data-testid="challenge-indicators-error">
                {error('indicators')}
              </p>
            </Show>
          </fieldset>
          <Select
            label={t('challenges.field.cohort')}
            testid="challenge-cohort"
            value={cohort()}
            options={[{ value: '', label: t('challenges.field.noCohort') }, ...(choices.data?.cohorts ?? []).map((c) => ({ value: c.slug, label: c.name }))]}
            onChange={(e) => setCohort(e.currentTarget.value)}
          />
          <Field label={t('challenges.field.tags')} hint={t('challenges.field.tagsHint', { max: L.tagsMax })} value={tags()} error={error('tags')} onInput={(e) => setTags(e.currentTarget.value)} />
          <details class="rounded-md border border-slate-200 p-3">
            <summary class="min-h-11 cursor-pointer content-center text-sm font-medium text-slate-700">{t('challenges.field.deadlines')}</summary>
            <div class="mt-2 grid gap-3 sm:grid-cols-2">
              <For each={WORKING_STAGES}>
                {(stage) => (
                  <div class="flex flex-col gap-1">
                    <label for={`deadline-${stage}`} class="text-sm text-slate-700">
                      {t(`challenge.stage.${stage}`)}
                    </label>
                    <input id={`deadline-${stage}`} type="date" class={inputClass} value={deadlines()[stage] ?? ''} onInput={(e) => setDeadlines({ ...deadlines(), [stage]: e.currentTarget.value })} />
                  </div>
                )}
              </For>
            </div>
            <Show when={error('deadlines')}>
              <p class="mt-2 text-sm text-red-700">{error('deadlines')}</p>
            </Show>
          </details>
          <div class="flex flex-wrap gap-2">
            <Button type="submit" class="min-h-11" busy={state.fetching} data-testid="challenge-submit">
              {t('challenges.open.submit')}
            </Button>
            <A href="/tantangan" class="inline-flex min-h-11 items-center rounded-md px-4 text-sm text-slate-700 hover:bg-slate-100">
              {t('common.cancel')}
            </A>
          </div>
        </form>
      </Show>
    </>
  );
}
