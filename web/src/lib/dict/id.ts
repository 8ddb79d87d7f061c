/**
 * Words the whole app shares (navigation, roles, generic words, errors), Bahasa Indonesia, the
 * default. Each feature brings its own dictionary; the app merges them. `{{ name }}` marks a placeholder.
 */
export const commonId = {
  'common.loading': 'Memuat…',
  'common.cancel': 'Batal',
  'common.close': 'Tutup',
  'time.justNow': 'baru saja',
  'demo.badge': 'Data demo',
  'demo.title': 'Pengguna dan nilai di sini adalah data contoh, bukan data resmi',
  'lang.switch': 'Ganti bahasa ke English',
  'footer.text': 'Rembuk · Ruang kolaborasi Indeks SPBE pemerintah daerah',

  'nav.home': 'Rembuk, ke beranda',
  'nav.main': 'Navigasi utama',
  'nav.more': 'Lainnya',
  'nav.manage': 'Kelola',
  'nav.skip': 'Lompat ke isi',
  'nav.signIn': 'Masuk',
  'nav.signOut': 'Keluar',
  'nav.profile': 'Profil saya',
  'nav.account': 'Akun dan keamanan',

  'role.ADMIN': 'Administrator',
  'role.FACILITATOR': 'Fasilitator',
  'role.REGION_ADMIN': 'Admin wilayah',
  'role.MEMBER': 'Anggota',
  'kind.KABUPATEN': 'Kabupaten',
  'kind.KOTA': 'Kota',

  'predicate.memuaskan': 'Memuaskan',
  'predicate.sangatBaik': 'Sangat Baik',
  'predicate.baik': 'Baik',
  'predicate.cukup': 'Cukup',
  'predicate.kurang': 'Kurang',

  'error.title': 'Gagal:',
  'error.retry': 'Coba lagi',
  'error.network': 'Tidak dapat terhubung ke server. Periksa koneksi lalu coba lagi.',
  'error.unknown': 'Terjadi kesalahan yang tidak diketahui.',
  'error.fields': 'Periksa isian berikut: {{ fields }}',
  'auth.needSignIn': 'Halaman ini hanya untuk pengguna yang sudah masuk.',
  'auth.forbidden': 'Peran Anda tidak memiliki akses ke halaman ini.',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.text': 'Alamat ini tidak ada di Rembuk.',
  'notFound.back': 'Kembali ke daftar wilayah',
};
