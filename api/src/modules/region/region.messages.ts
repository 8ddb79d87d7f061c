import type { Catalogue } from '../../core/messages.js';

export const regionMessages = {
  cohortExists: { en: 'Cohort {slug} already exists', id: 'Kohort {slug} sudah ada' },
  cohortNotFound: { en: 'Cohort not found', id: 'Kohort tidak ditemukan' },
  unknownRegions: { en: 'Unknown region codes: {codes}; nothing was added ({valid} other codes are valid)', id: 'Kode wilayah tidak dikenal: {codes}; tidak ada yang ditambahkan ({valid} kode lain valid)' },
} satisfies Catalogue;
