import { decodeOffsetCursor, toConnection, type Connection } from '../../../core/graphql/connection.js';
import { parseId } from '../../../core/ids.js';
import type { Context } from '../../../core/context.js';
import { isStaff, normaliseUsername, type User } from '../../user/index.js';
import type { ThreadFilterArgs, ThreadsArgs } from '../forum.types.js';
import type { Thread } from './thread.entity.js';
import { threadWith } from '../reads/forum.loaders.js';
import type { ThreadWithRow } from '../reads/forum.sql.js';
import { feedCountSql, feedPageSql, type ThreadFilter } from './feed.sql.js';

/** The feed's and search's filters from their arguments; only moderators see deleted threads. */
export function threadFilter(args: ThreadFilterArgs, actor: User): ThreadFilter {
  return {
    includeDeleted: isStaff(actor),
    categoryId: args.categoryId ? parseId(args.categoryId, 'categoryId') : undefined,
    type: args.type ?? undefined,
    unanswered: args.unanswered ?? undefined,
    indicator: args.indicator ?? undefined,
    tag: args.tag ? args.tag.toLowerCase() : undefined,
    authorUsername: args.authorUsername ? normaliseUsername(args.authorUsername) : undefined,
    regionCode: args.regionCode ?? undefined,
  };
}

/**
 * The feed. Pages are offsets (cursor `o:<n>`) because every sort is on a changing value:
 * a thread bumped while someone pages moves up, as in Discourse's latest list.
 * In a category, pinned threads come first.
 */
export async function listThreads(ctx: Context, args: ThreadsArgs, actor: User): Promise<Connection<Thread>> {
  const offset = decodeOffsetCursor(args.after);
  const filter = threadFilter(args, actor);
  const [rows, [count]] = await Promise.all([ctx.read<ThreadWithRow>(feedPageSql(filter, args.sort, offset, args.first + 1)), ctx.read<{ n: string }>(feedCountSql(filter))]);
  const { forum } = ctx.loaders;
  const threads = rows.map((r) => threadWith(forum, r));
  const position = new Map(threads.map((t, i) => [t, offset + i + 1]));
  return toConnection(threads, args.first, Number(count!.n), (t) => `o:${position.get(t)}`, offset > 0);
}
