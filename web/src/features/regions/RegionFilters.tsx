import { createQuery } from '@urql/solid';
import { RegionFiltersQuery } from './queries';
import { t } from './i18n';
import { inputClass } from '../../lib/ui/Field';
import { Select } from '../../lib/ui/Select';

interface Props {
  search: string;
  provinceCode: string;
  cohort: string;
  /** The order's word in the URL (see SORTS). */
  sort: string;
  onSearch: (value: string) => void;
  onProvince: (value: string) => void;
  onCohort: (value: string) => void;
  onSort: (value: string) => void;
}

/** The directory's orders by their word in the URL (`?urut=`); by code when absent. */
export const SORTS = { nama: 'NAME', indeks: 'INDEX', perubahan: 'CHANGE' } as const;

export function RegionFilters(props: Props) {
  const [lists] = createQuery({ query: RegionFiltersQuery });
  const provinces = () => [
    { value: '', label: t('regions.allProvinces') },
    ...(lists.data?.provinces ?? []).map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` })),
  ];
  const sorts = () => [
    { value: '', label: t('regions.sort.code') },
    { value: 'nama', label: t('regions.sort.name') },
    { value: 'indeks', label: t('regions.sort.index') },
    { value: 'perubahan', label: t('regions.sort.change') },
  ];
  const cohorts = () => [{ value: '', label: t('regions.allCohorts') }, ...(lists.data?.cohorts ?? []).map((c) => ({ value: c.slug, label: c.name }))];

  return (
    <form role="search" class="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]" onSubmit={(e) => e.preventDefault()}>
      <div class="flex flex-col gap-1">
        <label for="region-search" class="text-sm font-medium text-slate-700">
          {t('regions.search')}
        </label>
        <input
          id="region-search"
          data-testid="region-search"
          type="search"
          autocomplete="off"
          placeholder={t('regions.searchPlaceholder')}
          class={inputClass}
          value={props.search}
          onInput={(e) => props.onSearch(e.currentTarget.value)}
        />
      </div>
      <Select label={t('regions.province')} options={provinces()} value={props.provinceCode} onChange={(e) => props.onProvince(e.currentTarget.value)} />
      <Select label={t('regions.cohort')} options={cohorts()} value={props.cohort} onChange={(e) => props.onCohort(e.currentTarget.value)} />
      <Select label={t('regions.sort')} testid="region-sort" options={sorts()} value={props.sort} onChange={(e) => props.onSort(e.currentTarget.value)} />
    </form>
  );
}
