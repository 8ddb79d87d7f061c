import type { regionProfileId } from './id';

/** A region's profile and index history, English. Typed by the Indonesian one, so a missing or extra key fails to compile. */
export const regionProfileEn: typeof regionProfileId = {
  'profile.back': 'Back to the region directory',
  'profile.notFound': 'Region {{ code }} not found',
  'profile.latest': 'Latest SPBE index',
  'profile.year': 'Assessment of {{ year }}',
  'profile.noComplete': 'No complete assessment yet.',
  'profile.chart.title': 'Index over the years',
  'profile.chart.empty': 'No index to plot yet.',
  'profile.domains': 'Score per domain ({{ year }})',
  'profile.domainsNone': 'Score per domain',
  'profile.domainIncomplete': 'incomplete ({{ pct }})',
  'profile.weight': 'weight {{ weight }}',
  'profile.updatedAt': 'Updated {{ date }}',
  'profile.drafts': 'Assessments in progress',
  'profile.draftYear': 'Draft {{ year }}',
  'profile.draftProgress': '{{ pct }} complete ({{ done }}/{{ total }} indicators)',
  'profile.liveUpdated': 'Updated live at {{ time }}.',
};
