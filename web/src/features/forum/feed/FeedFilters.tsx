import { Show } from 'solid-js';
import { createQuery } from '@urql/solid';
import { ForumCategoriesQuery } from '../queries/feed';
import { type FilterParams, type ThreadFilters } from '../filters';
import type { Indicator } from '../indicators';
import { t } from '../i18n';
import { inputClass } from '../../../lib/ui/Field';
import { Select } from '../../../lib/ui/Select';

interface Props {
  filters: ThreadFilters;
  /** The framework's indicators, listed by number and name. */
  indicators: Indicator[];
  /** Raw text of the free inputs, as in the URL. */
  regionText: string;
  tagText: string;
  onChange: (patch: Partial<FilterParams>) => void;
  /** The search page filters by category here; the feed has chips for it. */
  withCategory?: boolean;
}

/** Region, SPBE indicator, tag, type and "belum terjawab"; folded away on phones until opened. */
export function FeedFilters(props: Props) {
  const [categories] = createQuery({ query: ForumCategoriesQuery, pause: () => !props.withCategory });
  const indicatorOptions = () => [
    { value: '', label: t('forum.filter.anyIndicator') },
    ...props.indicators.map((i) => ({ value: String(i.number), label: `${i.number}. ${i.name}` })),
  ];
  const active = () => [props.filters.regionCode, props.filters.indicator, props.filters.tag, props.filters.type, props.filters.unanswered].filter(Boolean).length;
  return (
    <details class="group rounded-lg border border-slate-200 bg-white" open={active() > 0}>
      <summary class="flex min-h-10 cursor-pointer list-none items-center justify-between gap-2 px-3 text-sm font-medium text-slate-700">
        <span>
          {t('forum.filter.title')}
          <Show when={active() > 0}>
            <span class="ml-2 rounded-full bg-teal-100 px-2 py-0.5 text-xs text-teal-800">{active()}</span>
          </Show>
        </span>
        <span aria-hidden="true" class="transition group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div class="grid gap-3 border-t border-slate-100 p-3 sm:grid-cols-2 lg:grid-cols-3">
        <Show when={props.withCategory}>
          <Select
            label={t('forum.category')}
            value={props.filters.categoryId ?? ''}
            options={[{ value: '', label: t('forum.allCategories') }, ...(categories.data?.categories ?? []).map((c) => ({ value: c.id, label: c.name }))]}
            onChange={(e) => props.onChange({ kategori: e.currentTarget.value || undefined })}
          />
        </Show>
        <Select
          label={t('forum.filter.type')}
          testid="filter-type"
          value={props.filters.type ?? ''}
          options={[
            { value: '', label: t('forum.filter.anyType') },
            { value: 'QUESTION', label: t('forum.type.QUESTION') },
            { value: 'DISCUSSION', label: t('forum.type.DISCUSSION') },
          ]}
          onChange={(e) => props.onChange({ jenis: e.currentTarget.value || undefined })}
        />
        <Select
          label={t('forum.filter.indicator')}
          testid="filter-indicator"
          value={props.filters.indicator ? String(props.filters.indicator) : ''}
          options={indicatorOptions()}
          onChange={(e) => props.onChange({ indikator: e.currentTarget.value || undefined })}
        />
        <div class="flex flex-col gap-1">
          <label for="filter-region" class="text-sm font-medium text-slate-700">
            {t('forum.filter.region')}
          </label>
          <input
            id="filter-region"
            data-testid="filter-region"
            class={inputClass}
            inputMode="decimal"
            placeholder="32.11"
            value={props.regionText}
            onChange={(e) => props.onChange({ wilayah: e.currentTarget.value.trim() || undefined })}
          />
        </div>
        <div class="flex flex-col gap-1">
          <label for="filter-tag" class="text-sm font-medium text-slate-700">
            {t('forum.filter.tag')}
          </label>
          <input
            id="filter-tag"
            data-testid="filter-tag"
            class={inputClass}
            placeholder={t('forum.filter.tagPlaceholder')}
            value={props.tagText}
            onChange={(e) => props.onChange({ tag: e.currentTarget.value.trim().replace(/^#/, '') || undefined })}
          />
        </div>
        <label class="flex min-h-11 items-center gap-2 self-end text-sm text-slate-700">
          <input
            type="checkbox"
            data-testid="filter-unanswered"
            class="h-6 w-6 shrink-0 accent-teal-700"
            checked={!!props.filters.unanswered}
            onChange={(e) => props.onChange({ belum: e.currentTarget.checked ? '1' : undefined })}
          />
          {t('forum.filter.unanswered')}
        </label>
      </div>
    </details>
  );
}
