import { For, Show } from 'solid-js';
import { createQuery } from '@urql/solid';
import { ChallengeChoicesQuery } from '../queries/list';
import { activeFilterCount, SORTS, sortParam, type ChallengeFilters as Filters, type ChallengeParams, type ChallengeSort } from '../filters';
import { ALL_STAGES } from '../stages';
import { inputClass } from '../../../lib/ui/Field';
import { Select } from '../../../lib/ui/Select';
import { t } from '../i18n';

interface Props {
  filters: Filters;
  sort: ChallengeSort;
  /** The region code as typed, kept in the URL even while incomplete. */
  regionText: string;
  onChange: (patch: Partial<ChallengeParams>) => void;
}

const check = 'flex min-h-11 items-center gap-2 text-sm text-slate-700';

/** Stage, indicator, region, province, cohort, "open to join", "has replications" and the sort. */
export function ChallengeFilters(props: Props) {
  const [choices] = createQuery({ query: ChallengeChoicesQuery });
  return (
    <form class="flex flex-col gap-2" aria-label={t('challenges.filters')} onSubmit={(e) => e.preventDefault()}>
      <Select
        label={t('challenges.sort')}
        testid="challenge-sort"
        class="sm:max-w-xs"
        value={props.sort}
        options={SORTS.map((s) => ({ value: s, label: t(`challenges.sort.${s}`) }))}
        onChange={(e) => props.onChange({ urut: sortParam(e.currentTarget.value as ChallengeSort) })}
      />
      {/* Folded on phones until opened (open while a filter is on), so the list comes first. */}
      <details class="group rounded-lg border border-slate-200 bg-white" open={activeFilterCount(props.filters) > 0}>
        <summary class="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 px-3 text-sm font-semibold text-slate-800" data-testid="filters-toggle">
          <span>
            {t('challenges.filters')}
            <Show when={activeFilterCount(props.filters) > 0}>
              <span class="ml-2 rounded-full bg-teal-100 px-2 py-0.5 text-xs text-teal-800">{activeFilterCount(props.filters)}</span>
            </Show>
          </span>
          <span aria-hidden="true" class="transition group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div class="border-t border-slate-100 p-3">
          <div class="mb-2 flex justify-end">
            <span class="sr-only" aria-live="polite">
              {t('challenges.activeFilters', { count: activeFilterCount(props.filters) })}
            </span>
            <button
              type="button"
              class="min-h-11 rounded-md px-3 text-sm text-teal-800 underline disabled:opacity-50"
              disabled={activeFilterCount(props.filters) === 0}
              data-testid="filter-clear"
              onClick={() => props.onChange({ tahap: undefined, indikator: undefined, wilayah: undefined, provinsi: undefined, kohort: undefined, terbuka: undefined, ditiru: undefined })}
            >
              {t('challenges.clearFilters')}
            </button>
          </div>
          <div class="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Select
              label={t('challenges.filter.stage')}
              testid="filter-stage"
              value={props.filters.stage ?? ''}
              options={[{ value: '', label: t('challenges.filter.anyStage') }, ...ALL_STAGES.map((s) => ({ value: s, label: t(`challenge.stage.${s}`) }))]}
              onChange={(e) => props.onChange({ tahap: e.currentTarget.value.toLowerCase() || undefined })}
            />
            <Select
              label={t('challenges.filter.indicator')}
              testid="filter-indicator"
              value={props.filters.indicator ? String(props.filters.indicator) : ''}
              options={[
                { value: '', label: t('challenges.filter.anyIndicator') },
                ...(choices.data?.spbeFramework?.indicators ?? []).map((i) => ({ value: String(i.number), label: `${i.number}. ${i.name}` })),
              ]}
              onChange={(e) => props.onChange({ indikator: e.currentTarget.value || undefined })}
            />
            <Select
              label={t('challenges.filter.province')}
              testid="filter-province"
              value={props.filters.province ?? ''}
              options={[{ value: '', label: t('challenges.filter.anyProvince') }, ...(choices.data?.provinces ?? []).map((p) => ({ value: p.code, label: p.name }))]}
              onChange={(e) => props.onChange({ provinsi: e.currentTarget.value || undefined })}
            />
            <Select
              label={t('challenges.filter.cohort')}
              testid="filter-cohort"
              value={props.filters.cohort ?? ''}
              options={[{ value: '', label: t('challenges.filter.anyCohort') }, ...(choices.data?.cohorts ?? []).map((c) => ({ value: c.slug, label: c.name }))]}
              onChange={(e) => props.onChange({ kohort: e.currentTarget.value || undefined })}
            />
            <div class="flex flex-col gap-1">
              <label for="filter-region" class="text-sm font-medium text-slate-700">
                {t('challenges.filter.region')}
              </label>
              <input
                id="filter-region"
                data-testid="filter-region"
                class={inputClass}
                inputMode="decimal"
                placeholder="32.11"
                aria-describedby="filter-region-hint"
                value={props.regionText}
                onChange={(e) => props.onChange({ wilayah: e.currentTarget.value.trim() || undefined })}
              />
              <p id="filter-region-hint" class="text-xs text-slate-500">
                {t('challenges.filter.regionHint')}
              </p>
            </div>
            <For each={[{ key: 'terbuka', label: t('challenges.filter.openToJoin'), on: props.filters.openToJoin === true, testid: 'filter-open' }, { key: 'ditiru', label: t('challenges.filter.hasReplications'), on: props.filters.hasReplications === true, testid: 'filter-replicated' }] as const}>
              {(box) => (
                <label class={check}>
                  <input type="checkbox" data-testid={box.testid} class="h-6 w-6 shrink-0 accent-teal-700" checked={box.on} onChange={(e) => props.onChange({ [box.key]: e.currentTarget.checked ? '1' : undefined })} />
                  {box.label}
                </label>
              )}
            </For>
          </div>
        </div>
      </details>
    </form>
  );
}
