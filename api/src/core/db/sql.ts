/**
 * SQL as values: a statement is built only with the `sql` tag, whose interpolated values are
 * always bound parameters. Fragments nest (a value that is itself an `Sql` is spliced in), so
 * a query can be composed from parts, but a plain string can never become SQL text: there is
 * no public way to make an `Sql` from one. Placeholders are numbered when the statement is
 * compiled, so literal `?` and jsonb operators in the text are left alone.
 */
export class Sql {
  /** Use the `sql` tag; the constructor is for this folder only. */
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

const isTemplate = (strings: unknown): strings is TemplateStringsArray =>
  Array.isArray(strings) && Array.isArray((strings as { raw?: unknown }).raw) && Object.isFrozen(strings);

/** The tag: `sql\`select … where id = ${id}\``. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  // A template literal's strings array is frozen and has `raw`; an array built at run time (from a string) is refused.
  if (!isTemplate(strings)) throw new TypeError('sql must be used as a template tag');
  const outStrings: string[] = [strings[0]!];
  const outValues: unknown[] = [];
  values.forEach((value, i) => {
    const next = strings[i + 1]!;
    if (value instanceof Sql) {
      // Splice the fragment: its first string joins ours, its last joins the next.
      outStrings[outStrings.length - 1] += value.strings[0]!;
      for (let j = 0; j < value.values.length; j++) {
        outValues.push(value.values[j]);
        outStrings.push(value.strings[j + 1]!);
      }
      outStrings[outStrings.length - 1] += next;
    } else {
      outValues.push(value);
      outStrings.push(next);
    }
  });
  return new Sql(outStrings, outValues);
}

/** Fragments joined by a separator (`, ` unless given). */
export function joinSql(parts: readonly Sql[], separator: Sql = sql`, `): Sql {
  if (parts.length === 0) return sql``;
  let out = parts[0]!;
  for (const part of parts.slice(1)) out = sql`${out}${separator}${part}`;
  return out;
}

/** `where` with the conditions joined by `and`, or nothing when there are none. */
export function whereAll(conditions: readonly Sql[]): Sql {
  return conditions.length ? sql`where ${joinSql(conditions, sql` and `)}` : sql``;
}

/**
 * The one way to pass a list: one array parameter, compared with `= any(…)` or expanded with
 * `unnest(…)`. The driver sends JavaScript arrays as PostgreSQL arrays.
 */
/** Text searched for literally inside a LIKE pattern: its `%`, `_` and `\` match themselves. */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function intArray(values: readonly number[]): Sql {
  for (const v of values) if (!Number.isSafeInteger(v)) throw new TypeError(`not an integer: ${v}`);
  return new Sql(['', '::int[]'], [[...values]]);
}

export function textArray(values: readonly string[]): Sql {
  for (const v of values) if (typeof v !== 'string') throw new TypeError(`not a string: ${String(v)}`);
  return new Sql(['', '::text[]'], [[...values]]);
}

export function uuidArray(values: readonly string[]): Sql {
  return new Sql(['', '::uuid[]'], [[...values]]);
}

/** Each value as one jsonb element of one array parameter. */
export function jsonbArray(values: readonly unknown[]): Sql {
  return new Sql(['', '::jsonb[]'], [values.map((v) => JSON.stringify(v))]);
}

/** A value as one jsonb parameter (objects and arrays of objects alike). */
export function jsonb(value: unknown): Sql {
  return new Sql(['', '::jsonb'], [JSON.stringify(value)]);
}

export interface CompiledSql {
  text: string;
  values: unknown[];
}

/** PostgreSQL's `$1…$n` text and the values in order. */
export function compile(statement: Sql): CompiledSql {
  let text = statement.strings[0]!;
  for (let i = 0; i < statement.values.length; i++) text += `$${i + 1}${statement.strings[i + 1]}`;
  return { text, values: [...statement.values] };
}
