import type { Context } from '../../../core/context.js';
import { decodeOffsetCursor, encodeOffsetCursor, type Connection } from '../../../core/graphql/connection.js';
import type { ChallengesArgs } from '../challenge.types.js';
import type { Challenge } from './challenge.entity.js';
import { challengeFromRow, type ChallengeSqlRow } from './challenge.rows.js';
import { challengeConditions, challengeCountSql, challengePageSql } from './challenge.sql.js';

/** The challenge list in the chosen order (latest activity first by default): one page statement and one count, in parallel. */
export async function listChallenges(read: Context['read'], args: ChallengesArgs): Promise<Connection<Challenge>> {
  const offset = decodeOffsetCursor(args.after);
  const where = challengeConditions(args);
  const [rows, [count]] = await Promise.all([read<ChallengeSqlRow>(challengePageSql(where, offset, args.first + 1, args.sort)), read<{ n: string }>(challengeCountSql(where))]);
  const page = rows.slice(0, args.first).map(challengeFromRow);
  const edges = page.map((node, i) => ({ cursor: encodeOffsetCursor(offset + i + 1), node }));
  return {
    edges,
    totalCount: Number(count!.n),
    pageInfo: { hasNextPage: rows.length > args.first, hasPreviousPage: offset > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
