/** A region's profile and index history, Bahasa Indonesia (the default). Flat keys; `{{ name }}` marks a placeholder. */
export const regionProfileId = {
  'profile.back': 'Kembali ke daftar wilayah',
  'profile.notFound': 'Wilayah {{ code }} tidak ditemukan',
  'profile.latest': 'Indeks SPBE terbaru',
  'profile.year': 'Penilaian tahun {{ year }}',
  'profile.noComplete': 'Belum ada penilaian yang lengkap.',
  'profile.chart.title': 'Indeks dari tahun ke tahun',
  'profile.chart.empty': 'Belum ada indeks untuk digambar.',
  'profile.domains': 'Nilai per domain ({{ year }})',
  'profile.domainsNone': 'Nilai per domain',
  'profile.domainIncomplete': 'belum lengkap ({{ pct }})',
  'profile.weight': 'bobot {{ weight }}',
  'profile.updatedAt': 'Diperbarui {{ date }}',
  'profile.drafts': 'Penilaian yang sedang diisi',
  'profile.draftYear': 'Draf {{ year }}',
  'profile.draftProgress': '{{ pct }} lengkap ({{ done }}/{{ total }} indikator)',
  'profile.liveUpdated': 'Diperbarui langsung pukul {{ time }}.',
};
