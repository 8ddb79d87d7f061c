import type { regionsId } from './id';

/** The region directory, English. Typed by the Indonesian one, so a missing or extra key fails to compile. */
export const regionsEn: typeof regionsId = {

  'regions.title': 'Region directory',
  'regions.subtitle': 'Regencies and cities with their latest SPBE index.',
  'regions.search': 'Search regions (name or code)',
  'regions.searchPlaceholder': 'e.g. sumedang or 32.11',
  'regions.province': 'Province',
  'regions.allProvinces': 'All provinces',
  'regions.cohort': 'Cohort',
  'regions.allCohorts': 'All cohorts',
  'regions.sort': 'Sort by',
  'regions.sort.code': 'Region code',
  'regions.sort.name': 'Name',
  'regions.sort.index': 'Highest index',
  'regions.sort.change': 'Largest rise',
  'regions.count': '{{ count }} region|{{ count }} regions',
  'regions.empty': 'No regions match.',
  'regions.noIndex': 'No index yet',
  'regions.indexYear': 'Index for {{ year }}',
  'regions.loadMore': 'Load more ({{ shown }} of {{ total }})',
  'regions.col.code': 'Code',
  'regions.col.name': 'Name',
  'regions.col.province': 'Province',
  'regions.col.index': 'Index',
};
