import type { Catalogue } from '../../core/messages.js';

export const regionMessages = {
  cohortExists: { en: 'Cohort {slug} already exists', id: 'Kohort {slug} sudah ada' },
  cohortNotFound: { en: 'Cohort not found', id: 'Kohort tidak ditemukan' },
  unknownRegions: { en: 'Unknown region codes: {codes}', id: 'Kode wilayah tidak dikenal: {codes}' },
} satisfies Catalogue;
