/** The region directory, Bahasa Indonesia (the default). Flat keys; `{{ name }}` marks a placeholder. */
export const regionsId = {

  'regions.title': 'Direktori wilayah',
  'regions.subtitle': 'Kabupaten dan kota beserta Indeks SPBE terbarunya.',
  'regions.search': 'Cari wilayah (nama atau kode)',
  'regions.searchPlaceholder': 'mis. sumedang atau 32.11',
  'regions.province': 'Provinsi',
  'regions.allProvinces': 'Semua provinsi',
  'regions.cohort': 'Kohort',
  'regions.allCohorts': 'Semua kohort',
  'regions.count': '{{ count }} wilayah',
  'regions.empty': 'Tidak ada wilayah yang cocok.',
  'regions.noIndex': 'Belum ada indeks',
  'regions.indexYear': 'Indeks tahun {{ year }}',
  'regions.loadMore': 'Muat lebih banyak ({{ shown }} dari {{ total }})',
  'regions.col.code': 'Kode',
  'regions.col.name': 'Nama',
  'regions.col.province': 'Provinsi',
  'regions.col.index': 'Indeks',
};
