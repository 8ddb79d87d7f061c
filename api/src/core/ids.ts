import { badInput } from './errors.js';

/** A positive integer id from a GraphQL ID argument, or a BAD_USER_INPUT naming the field. */
export function parseId(id: string | number, field: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw badInput(`${field} is not a valid id`, `${field} bukan id yang valid`, [{ field, message: 'invalid id' }]);
  return n;
}
