/** Member profiles, Bahasa Indonesia (the default). Flat keys; `{{ name }}` marks a placeholder. */
export const usersId = {
  'member.notFound': 'Anggota @{{ username }} tidak ditemukan',
  'member.back': 'Kembali ke forum',
  'member.role': 'Peran',
  'member.region': 'Wilayah',
  'member.organisation': 'Organisasi',
  'member.since': 'Anggota sejak',
  'member.threads': 'Topik yang dimulai ({{ count }})',
  'member.noThreads': 'Belum memulai topik.',
};
