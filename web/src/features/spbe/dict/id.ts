/** SPBE frameworks, Bahasa Indonesia (the default). Flat keys; `{{ name }}` marks a placeholder. */
export const spbeId = {

  'spbe.title': 'Kerangka penilaian',
  'spbe.subtitle': 'Domain, aspek dan indikator beserta bobotnya, tingkat kematangan dan predikat.',
  'spbe.framework': 'Kerangka',
  'spbe.draft': 'draf',
  'spbe.draftNote': 'Kerangka ini masih draf: baru bobot aspek yang ditetapkan. Indikator, tingkat dan predikat belum tersedia, sehingga belum dapat dipakai untuk penilaian.',
  'spbe.summary': '{{ domains }} domain · {{ aspects }} aspek · {{ indicators }} indikator',
  'spbe.levels': 'Tingkat kematangan',
  'spbe.predicates': 'Predikat',
  'spbe.predicate': 'Predikat',
  'spbe.range': 'Rentang indeks',
  'spbe.notSet': 'Belum ditetapkan.',
  'spbe.domain': 'Domain',
  'spbe.aspect': 'Aspek',
  'spbe.aspects': 'Aspek',
  'spbe.indicatorCount': '{{ count }} indikator',
  'spbe.weightLabel': 'Bobot {{ weight }}',
};
