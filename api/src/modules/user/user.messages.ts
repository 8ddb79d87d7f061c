import type { Catalogue } from '../../core/messages.js';

export const userMessages = {
  wrongCredentials: { en: 'Wrong e-mail or password', id: 'E-mail atau kata sandi salah' },
  inviteExpired: { en: 'Invitation (it may have expired) not found', id: 'Undangan (mungkin sudah kedaluwarsa) tidak ditemukan' },
  inviteGone: { en: 'Invitation (it may have been used or expired) not found', id: 'Undangan (mungkin sudah digunakan atau kedaluwarsa) tidak ditemukan' },
  inviteNotFound: { en: 'Invitation not found', id: 'Undangan tidak ditemukan' },
  inviteUsed: { en: 'This invitation has already been used', id: 'Undangan ini sudah digunakan' },
  inviteOtherEmail: { en: 'This invitation is for another e-mail address', id: 'Undangan ini untuk alamat e-mail lain' },
  accountExists: { en: 'An account with this e-mail already exists; sign in instead', id: 'Akun dengan e-mail ini sudah ada; silakan masuk' },
  regionRequired: { en: 'A region is required for region admins and members', id: 'Wilayah wajib diisi untuk admin wilayah dan anggota' },
  organisationRequired: { en: 'An organisation is required for facilitators and admins', id: 'Organisasi wajib diisi untuk fasilitator dan admin' },
  regionNotFound: { en: 'Region {code} not found', id: 'Wilayah {code} tidak ditemukan' },
  memberNotFound: { en: 'Member @{username} not found', id: 'Anggota @{username} tidak ditemukan' },
  accountDeactivated: { en: 'This account has been deactivated; ask an administrator', id: 'Akun ini telah dinonaktifkan; hubungi administrator' },
  wrongCurrentPassword: { en: 'The current password is wrong', id: 'Kata sandi saat ini salah' },
  samePassword: { en: 'The new password must differ from the current one', id: 'Kata sandi baru harus berbeda dari kata sandi saat ini' },
  sessionNotFound: { en: 'Session (it may have ended already) not found', id: 'Sesi (mungkin sudah berakhir) tidak ditemukan' },
  userNotFound: { en: 'User not found', id: 'Pengguna tidak ditemukan' },
  notYourself: { en: 'You cannot deactivate your own account', id: 'Anda tidak dapat menonaktifkan akun Anda sendiri' },
  resetDeactivated: { en: 'Reactivate this account before issuing a reset link', id: 'Aktifkan kembali akun ini sebelum membuat tautan atur ulang' },
  resetGone: { en: 'Reset link (it may have been used or expired) not found', id: 'Tautan atur ulang (mungkin sudah digunakan atau kedaluwarsa) tidak ditemukan' },
} satisfies Catalogue;
