import type { Catalogue } from '../../core/messages.js';

export const assessmentMessages = {
  frameworkNotFound: { en: 'Framework {code} not found', id: 'Kerangka {code} tidak ditemukan' },
  frameworkNotAssessable: { en: 'Framework {code} has no indicators yet and cannot be assessed', id: 'Kerangka {code} belum memiliki indikator sehingga belum dapat dinilai' },
  regionNotFound: { en: 'Region {code} not found', id: 'Wilayah {code} tidak ditemukan' },
  indicatorUnknown: { en: 'indicator {indicator} is not in this framework', id: 'indikator {indicator} tidak ada dalam kerangka ini' },
  indicatorTwice: { en: 'indicator {indicator} is given twice', id: 'indikator {indicator} diisi dua kali' },
  levelRange: { en: 'level for indicator {indicator} must be {min} to {max}', id: 'tingkat indikator {indicator} harus {min} sampai {max}' },
  yearRange: { en: 'year must be from {min} to {max}', id: 'tahun harus antara {min} dan {max}' },
  fileTooLarge: { en: 'The file is larger than {mb} MB', id: 'Berkas lebih besar dari {mb} MB' },
  header: { en: 'Header must be region_code,i1..i{count} ({detail})', id: 'Baris judul harus region_code,i1..i{count} ({detail})' },
  headerMissing: { en: 'missing {columns}', id: 'tidak ada {columns}' },
  headerUnknown: { en: 'unknown {columns}', id: 'tidak dikenal {columns}' },
  headerDuplicate: { en: 'duplicate columns', id: 'kolom ganda' },
  noRows: { en: 'The file has no data rows', id: 'Berkas tidak memiliki baris data' },
  tooManyRows: { en: 'At most {max} rows per file', id: 'Paling banyak {max} baris per berkas' },
  columnCount: { en: 'Expected {expected} columns, found {found}', id: 'Seharusnya {expected} kolom, ditemukan {found}' },
  unknownRegion: { en: 'Unknown region code "{code}"', id: 'Kode wilayah "{code}" tidak dikenal' },
  duplicateRow: { en: 'Duplicate row: {code} is already on line {line}', id: 'Baris ganda: {code} sudah ada di baris {line}' },
  rowForbidden: { en: 'You may not record assessments for {code}', id: 'Anda tidak berwenang mengisi penilaian untuk {code}' },
  cellLevel: { en: '{column} must be a level from {min} to {max}, got "{cell}"', id: '{column} harus tingkat {min} sampai {max}, berisi "{cell}"' },
  malformedCsv: { en: 'The file is not valid CSV: {reason} (line {line})', id: 'Berkas bukan CSV yang valid: {reason} (baris {line})' },
} satisfies Catalogue;
