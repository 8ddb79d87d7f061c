import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../../core/context.js';
import { selectedFields } from '../../../core/graphql/selection.js';
import { preload } from '../../../core/loaders.js';
import { decodeOffsetCursor, toOffsetConnection, type Connection } from '../../../core/graphql/connection.js';
import type { ChallengesArgs } from '../challenge.types.js';
import type { Challenge } from './challenge.entity.js';
import { challengeFromRow, type ChallengeSqlRow } from './challenge.rows.js';
import { challengeConditions, challengeCountSql, challengePageSql } from './challenge.sql.js';

/** The challenge list in the chosen order (latest activity first by default): one page statement and one count, in parallel. */
export async function listChallenges(read: Context['read'], args: ChallengesArgs, viewerId: number | null): Promise<Connection<Challenge>> {
  const offset = decodeOffsetCursor(args.after);
  const where = challengeConditions({ ...args, participantId: args.mine ? viewerId : undefined });
  const [rows, [count]] = await Promise.all([read<ChallengeSqlRow>(challengePageSql(where, offset, args.first + 1, args.sort)), read<{ n: string }>(challengeCountSql(where))]);
  return toOffsetConnection(rows.map(challengeFromRow), args.first, offset, Number(count!.n));
}

/**
 * The relations the list's cards read, loaded for the whole page before it is returned (one
 * statement each, as the loaders would batch them), so their field resolvers answer at once.
 */
export async function preloadListFields(ctx: Pick<Context, 'loaders'>, page: Connection<Challenge>, info: GraphQLResolveInfo): Promise<void> {
  const ids = page.edges.map((e) => e.node.id);
  if (ids.length === 0) return;
  const fields = selectedFields(info, ['edges', 'node']);
  const { challenge, solution } = ctx.loaders;
  await Promise.all([
    fields.has('regions') && preload(challenge.regions, ids),
    fields.has('indicators') && preload(challenge.indicators, ids),
    fields.has('teamCount') && preload(challenge.activeCount, ids),
    fields.has('solutionCount') && preload(solution.countOfChallenge, ids),
  ]);
}
