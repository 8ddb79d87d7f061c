import { createQuery } from '@urql/solid';
import { RegionFiltersQuery } from './queries';
import { t } from './i18n';
import { inputClass } from '../../lib/ui/Field';
import { Select } from '../../lib/ui/Select';

interface Props {
  search: string;
  provinceCode: string;
  cohort: string;
  onSearch: (value: string) => void;
  onProvince: (value: string) => void;
  onCohort: (value: string) => void;
}

export function RegionFilters(props: Props) {
  const [lists] = createQuery({ query: RegionFiltersQuery });
  const provinces = () => [
    { value: '', label: t('regions.allProvinces') },
    ...(lists.data?.provinces ?? []).map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` })),
  ];
  const cohorts = () => [{ value: '', label: t('regions.allCohorts') }, ...(lists.data?.cohorts ?? []).map((c) => ({ value: c.slug, label: c.name }))];

  return (
    <form role="search" class="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]" onSubmit={(e) => e.preventDefault()}>
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
    </form>
  );
}
