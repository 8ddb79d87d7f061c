/**
 * PostgreSQL array literals, passed as one parameter (`= any(?::int[])`). Both ways a read
 * reaches the driver accept them (the query builder would expand a JavaScript array into a
 * list), and `any` over an array plans more cheaply than unpacking JSON.
 */
export function intArray(values: readonly number[]): string {
  for (const v of values) if (!Number.isSafeInteger(v)) throw new TypeError(`not an integer: ${v}`);
  return `{${values.join(',')}}`;
}

export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
