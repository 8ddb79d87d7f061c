/** The framework the screen assesses: the API's default (SPBE 2020). */
export const FRAMEWORK_CODE = 'SPBE-2020';

/** The address of a region's assessment of one year. */
export const assessmentPath = (regionCode: string, year: number): string => `/wilayah/${regionCode}/penilaian/${year}`;
