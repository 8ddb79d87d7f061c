import type { Catalogue } from './messages.js';

/** Messages core itself says (authentication, limits, generic refusals). */
export const coreMessages = {
  signInFirst: { en: 'You must sign in first', id: 'Anda harus masuk terlebih dahulu' },
  forbidden: { en: 'You are not allowed to do this', id: 'Anda tidak berwenang melakukan ini' },
  rateLimited: { en: 'Too many attempts; try again in {wait}', id: 'Terlalu banyak percobaan; coba lagi dalam {wait}' },
  invalidId: { en: '{field} is not a valid id', id: '{field} bukan id yang valid' },
  invalidCursor: { en: 'Invalid cursor', id: 'Kursor tidak valid' },
  alreadyExists: { en: 'This already exists', id: 'Data ini sudah ada' },
  unknownReference: { en: 'This refers to something that does not exist', id: 'Data ini merujuk ke sesuatu yang tidak ada' },
  internal: { en: 'Something went wrong on the server; nothing was changed. Please try again.', id: 'Terjadi kesalahan di server; tidak ada yang diubah. Silakan coba lagi.' },
  unstorableText: { en: 'The text contains characters that cannot be stored', id: 'Teks berisi karakter yang tidak dapat disimpan' },
  nulCharacter: { en: 'The text contains a NUL character, which cannot be stored', id: 'Teks berisi karakter NUL yang tidak dapat disimpan' },
  serviceDown: { en: 'A service this needs is unavailable right now; try again in {wait}', id: 'Layanan yang dibutuhkan sedang tidak tersedia; coba lagi dalam {wait}' },
  unavailable: { en: 'The server is busy; try again in a moment', id: 'Server sedang sibuk; coba lagi sebentar lagi' },
  invalidInput: { en: 'Invalid input ({names}): {list}', id: 'Isian tidak valid ({names}): {list}' },
} satisfies Catalogue;
