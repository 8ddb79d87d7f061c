import type { Cache } from '@urql/exchange-graphcache';

/** Forgets every cached `Query` field with one of these names, whatever its arguments, so it is fetched again. */
export function invalidateQueryFields(cache: Cache, names: string[]): void {
  for (const field of cache.inspectFields('Query')) {
    if (names.includes(field.fieldName)) cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}
