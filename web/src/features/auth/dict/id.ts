/** Sign-in and accepting an invitation, Bahasa Indonesia (the default). Flat keys; `{{ name }}` marks a placeholder. */
export const authId = {
  'field.email': 'Email',
  'field.password': 'Kata sandi',
  'field.newPassword': 'Kata sandi baru',
  'field.name': 'Nama lengkap',

  'signIn.title': 'Masuk',
  'signIn.subtitle': 'Masuk dengan akun Rembuk Anda.',
  'signIn.submit': 'Masuk',
  'signIn.already': 'Anda sudah masuk sebagai {{ name }}.',
  'signIn.toRegions': 'Ke daftar wilayah',
  'signIn.inviteOnly': 'Belum punya akun? Akun dibuat melalui undangan dari fasilitator atau admin wilayah Anda.',

  'invite.accept.title': 'Terima undangan',
  'invite.accept.subtitle': 'Buat akun Anda untuk bergabung di Rembuk.',
  'invite.accept.emailHint': 'Jika undangan ditujukan ke alamat tertentu, gunakan alamat itu.',
  'invite.accept.passwordHint': 'Minimal {{ min }} karakter.',
  'invite.accept.passwordShort': 'Kata sandi minimal {{ min }} karakter.',
  'invite.accept.passwordLong': 'Kata sandi maksimal {{ max }} karakter.',
  'invite.accept.submit': 'Buat akun dan masuk',
  'invite.accept.for': 'Undangan sebagai {{ role }} untuk {{ where }}, berlaku sampai {{ date }}.',
};
