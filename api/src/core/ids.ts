import { badInput } from './errors.js';
import { coreMessages } from './core.messages.js';

/** A positive integer id from a GraphQL ID argument, or a BAD_USER_INPUT naming the field. */
export function parseId(id: string | number, field: string): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw badInput(coreMessages.invalidId, { field }, [{ field, message: 'invalid id' }]);
  return n;
}
