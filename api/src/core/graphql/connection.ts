import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { badInput } from '../errors.js';
import { coreMessages } from '../core.messages.js';

@ObjectType({ description: 'Relay page information', simpleResolvers: true })
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100' })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item already seen' })
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function connectionOf<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field() cursor: string;
    @Field(() => Node) node: T;
  }
  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionType {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionType;
}

export const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || key.length > 200 || encodeCursor(key) !== cursor) throw badInput(coreMessages.invalidCursor, {}, [{ field: 'after', message: 'invalid' }]);
  return key;
}

/** Builds a connection from one page fetched with `first + 1` rows (the extra row tells hasNextPage). */
export function toConnection<T>(rows: T[], first: number, totalCount: number, keyOf: (row: T) => string, hadCursor: boolean): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Offset cursors (`o:<n>`) for lists sorted on values that change while someone pages
 * (latest activity, search rank): the position is the only stable thing to resume from.
 */
export const encodeOffsetCursor = (position: number): string => encodeCursor(`o:${position}`);
export function decodeOffsetCursor(cursor: string | undefined): number {
  const key = decodeCursor(cursor);
  if (key === undefined) return 0;
  const offset = Number(/^o:(\d+)$/.exec(key)?.[1] ?? NaN);
  if (!Number.isInteger(offset)) throw badInput(coreMessages.invalidCursor, {}, [{ field: 'after', message: 'invalid' }]);
  return offset;
}

/** Builds a connection from a page fetched at `offset` with `first + 1` rows (the extra row tells hasNextPage). */
export function toOffsetConnection<T>(rows: T[], first: number, offset: number, totalCount: number): Connection<T> {
  const edges = rows.slice(0, first).map((node, i) => ({ cursor: encodeOffsetCursor(offset + i + 1), node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: offset > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
