import { readView } from './read-view.js';
import { Sql } from './sql.js';

/**
 * A row shape says once how an entity is read with plain SQL: which column feeds which
 * property. From it come the select list, the row's TypeScript type, the JSON form used in
 * aggregates, and the read-only view object; row-shape.test.ts checks every shape against the
 * ORM's metadata (columns exist, relations are relations, dates are dates, and every property
 * is either read or named in `omit`), so an entity change cannot silently break a hot read.
 */
export type Column<E> =
  | (keyof E & string)
  | { prop: keyof E & string; as: 'ref'; key: 'id' | 'code' }
  | { prop: keyof E & string; as: 'date' }
  | { prop: keyof E & string; as: 'numbers' };

/** A many-to-one relation: the row holds the referenced row's key. */
export const ref = <P extends string, K extends 'id' | 'code' = 'id'>(prop: P, key?: K) => ({ prop, as: 'ref' as const, key: (key ?? 'id') as K });
/** A timestamp: a Date from the driver, a string inside JSON. */
export const date = <P extends string>(prop: P) => ({ prop, as: 'date' as const });
/** A smallint[] column (the driver may return strings for them). */
export const numbers = <P extends string>(prop: P) => ({ prop, as: 'numbers' as const });

type Nullish<T> = null extends T ? null : undefined extends T ? null : never;
type ValueOf<E, S> = S extends keyof E
  ? E[S]
  : S extends { prop: infer P extends keyof E; as: 'ref'; key: 'id' }
    ? number | Nullish<E[P]>
    : S extends { prop: infer P extends keyof E; as: 'ref'; key: 'code' }
      ? string | Nullish<E[P]>
      : S extends { prop: infer P extends keyof E; as: 'date' }
        ? Date | string | Nullish<E[P]>
        : S extends { as: 'numbers' }
          ? number[]
          : never;

export type RowOf<S> = S extends RowShape<infer E, infer C> ? { [K in keyof C]: ValueOf<E, C[K]> } : never;
export type PrefixedRowOf<S, P extends string> = { [K in keyof RowOf<S> as `${P}${K & string}`]: RowOf<S>[K] };

type EntityClass<E> = abstract new () => E;

export interface RowShape<E, C extends Record<string, Column<E>>> {
  readonly entity: EntityClass<E>;
  readonly alias: string;
  readonly columns: C;
  /** Properties of the entity deliberately not read (lazy secrets, collections). */
  readonly omit: readonly string[];
  /** `a.col, …` in the declared order. */
  readonly select: Sql;
  /** `a.col as <prefix>col, …`, for a row that carries this one beside another. */
  prefixed(prefix: string): Sql;
  /** `json_build_object('col', a.col, …)`. */
  readonly json: Sql;
  /** The read-only entity view of a row (see read-view.ts). */
  view(row: RowOf<RowShape<E, C>>): E;
  /** The view of the `<prefix>col` columns of a joined row. */
  fromPrefixed(row: Record<string, unknown>, prefix: string): E;
}

/** Every shape declared, for row-shape.test.ts. */
export const rowShapes: RowShape<unknown, Record<string, Column<unknown>>>[] = [];

const asDate = (value: unknown): Date => (value instanceof Date ? value : new Date(value as string));

const IDENT = /^[a-z_][a-z0-9_]*$/;

export function rowShape<E extends object, const C extends Record<string, Column<E>>>(
  entity: EntityClass<E>,
  alias: string,
  columns: C,
  options: { omit?: readonly (keyof E & string)[] } = {},
): RowShape<E, C> {
  // Column names and the alias come from code, never from input; checked anyway, as they become SQL text.
  for (const name of [alias, ...Object.keys(columns)]) if (!IDENT.test(name)) throw new TypeError(`not an SQL identifier: ${name}`);
  const entries = Object.entries(columns).map(([column, spec]) => {
    const s = spec as Column<E>;
    return typeof s === 'string' ? { column, prop: s, as: 'value' as const, key: 'id' as const } : { column, key: 'id' as const, ...s };
  });
  const makeView = readView(entity, entries.map((e) => e.prop) as (keyof E & string)[]);
  const convert = (get: (column: string) => unknown): E => {
    const data: Record<string, unknown> = {};
    for (const e of entries) {
      const v = get(e.column);
      if (e.as === 'ref') data[e.prop] = v === null || v === undefined ? undefined : { [e.key]: v };
      else if (e.as === 'date') data[e.prop] = v === null || v === undefined ? null : asDate(v);
      else if (e.as === 'numbers') data[e.prop] = (v as unknown[]).map(Number);
      else data[e.prop] = v;
    }
    return makeView(data as Pick<E, keyof E & string>);
  };
  const list = (render: (column: string) => string) => new Sql([entries.map((e) => render(e.column)).join(', ')], []);
  const shape: RowShape<E, C> = {
    entity,
    alias,
    columns,
    omit: options.omit ?? [],
    select: list((c) => `${alias}.${c}`),
    prefixed(prefix) {
      if (!IDENT.test(prefix)) throw new TypeError(`not an SQL identifier: ${prefix}`);
      return list((c) => `${alias}.${c} as ${prefix}${c}`);
    },
    json: new Sql([`json_build_object(${entries.map((e) => `'${e.column}', ${alias}.${e.column}`).join(', ')})`], []),
    view: (row) => convert((c) => (row as Record<string, unknown>)[c]),
    fromPrefixed: (row, prefix) => convert((c) => row[`${prefix}${c}`]),
  };
  rowShapes.push(shape as unknown as RowShape<unknown, Record<string, Column<unknown>>>);
  return shape;
}
