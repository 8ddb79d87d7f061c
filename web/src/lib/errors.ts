import type { CombinedError } from '@urql/core';
import { locale, t, type Locale } from './i18n';

interface LocalizedText {
  en?: string;
  id?: string;
}

interface FieldProblem {
  field: string;
  message: string;
}

/** The stable error code the API sends in `extensions.code`, if any. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Names of the input fields the server rejected (class-validator problems), if any. */
export function errorFields(error: CombinedError | undefined): string[] {
  const fields = error?.graphQLErrors[0]?.extensions?.fields;
  if (!Array.isArray(fields)) return [];
  return (fields as FieldProblem[]).map((f) => f.field);
}

/** A message for the user in the given language: the server's own translation, else its message. */
export function errorMessage(error: CombinedError | undefined, lang: Locale = locale()): string {
  if (!error) return '';
  const first = error.graphQLErrors[0];
  if (first) {
    const i18n = first.extensions?.i18n as LocalizedText | undefined;
    const localized = i18n?.[lang];
    if (localized) return localized;
    const fields = errorFields(error);
    if (fields.length) return t('error.fields', { fields: fields.join(', ') });
    return first.message;
  }
  if (error.networkError) return t('error.network');
  return t('error.unknown');
}
