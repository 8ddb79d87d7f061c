import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';

const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };
const isObject = (v: unknown): v is object => v !== null && typeof v === 'object';

/**
 * type-graphql's default validation imports class-validator with a dynamic import() on every
 * argument of every call; this does the same validation with a static import.
 */
export async function validateArgs(value: unknown): Promise<void> {
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else if (isObject(value)) await validateOrReject(value, OPTIONS);
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
}
