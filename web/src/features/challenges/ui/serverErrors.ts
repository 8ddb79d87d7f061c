import type { CombinedError } from '@urql/core';
import { errorFields, errorMessage } from '../../../lib/errors';

/**
 * The server names the input field it refused (`extensions.fields`) and says why in both
 * languages: the message goes under that field, or above the form when it names none.
 */
export function fieldErrors(error: CombinedError | undefined): { byField: Record<string, string>; general: string } {
  if (!error) return { byField: {}, general: '' };
  const fields = errorFields(error);
  const message = errorMessage(error);
  if (!fields.length) return { byField: {}, general: message };
  const byField: Record<string, string> = {};
  for (const f of fields) byField[f.split('.')[0] ?? f] = message;
  return { byField, general: '' };
}
