import type { spbeId } from './id';

/** SPBE frameworks, English. Typed by the Indonesian one, so a missing or extra key fails to compile. */
export const spbeEn: typeof spbeId = {

  'spbe.title': 'Assessment frameworks',
  'spbe.subtitle': 'Domains, aspects and indicators with their weights, maturity levels and predicates.',
  'spbe.framework': 'Framework',
  'spbe.draft': 'draft',
  'spbe.draftNote': 'This framework is a draft: only the aspect weights are set. Indicators, levels and predicates are not available yet, so it cannot be used for assessments.',
  'spbe.summary': '{{ domains }} domains · {{ aspects }} aspects · {{ indicators }} indicators',
  'spbe.levels': 'Maturity levels',
  'spbe.predicates': 'Predicates',
  'spbe.predicate': 'Predicate',
  'spbe.range': 'Index range',
  'spbe.notSet': 'Not set yet.',
  'spbe.domain': 'Domain',
  'spbe.aspect': 'Aspect',
  'spbe.aspects': 'Aspects',
  'spbe.indicatorCount': '{{ count }} indicator|{{ count }} indicators',
  'spbe.weightLabel': 'Weight {{ weight }}',
};
