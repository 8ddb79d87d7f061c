import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { decodeOffsetCursor, toConnection, type Connection } from '../../core/graphql/connection.js';
import { isStaff } from '../../core/auth/policy.js';
import type { User } from '../user/user.entity.js';
import { normaliseUsername } from '../user/user.service.js';
import { parseId } from '../../core/ids.js';
import { ThreadSort, type ThreadFilterArgs, type ThreadsArgs } from './forum.types.js';
import { Thread, ThreadType } from './thread.entity.js';

/** Applies the filters shared by the feed and search to a query on forum_thread aliased `t`. */
export function applyThreadFilters(qb: QueryBuilder<Thread>, args: ThreadFilterArgs, actor: User): void {
  if (!isStaff(actor)) qb.andWhere({ deletedAt: null });
  if (args.categoryId) qb.andWhere({ category: parseId(args.categoryId, 'categoryId') });
  if (args.type) qb.andWhere({ type: args.type });
  if (args.unanswered) qb.andWhere({ type: ThreadType.QUESTION, acceptedPostId: null });
  if (args.indicator) qb.andWhere('? = any(t.indicator_numbers)', [args.indicator]);
  if (args.tag) qb.andWhere('? = any(t.tags)', [args.tag.toLowerCase()]);
  if (args.authorUsername) qb.andWhere('t.author_id = (select u.id from app_user u where u.username = ?)', [normaliseUsername(args.authorUsername)]);
  if (args.regionCode) qb.andWhere('exists (select 1 from forum_thread_region r where r.thread_id = t.id and r.region_code = ?)', [args.regionCode]);
}

const ORDER: Record<ThreadSort, Record<string, 'desc'>> = {
  [ThreadSort.LATEST_ACTIVITY]: { lastPostAt: 'desc', id: 'desc' },
  [ThreadSort.NEWEST]: { createdAt: 'desc', id: 'desc' },
  [ThreadSort.MOST_REPLIES]: { replyCount: 'desc', lastPostAt: 'desc', id: 'desc' },
};

/**
 * The feed. Pages are offsets (cursor `o:<n>`) because every sort is on a changing value:
 * a thread bumped while someone pages moves up, as in Discourse's latest list.
 * In a category, pinned threads come first.
 */
export async function listThreads(em: EntityManager, args: ThreadsArgs, actor: User): Promise<Connection<Thread>> {
  const offset = decodeOffsetCursor(args.after);
  const qb = em.createQueryBuilder(Thread, 't');
  applyThreadFilters(qb, args, actor);
  const count = qb.clone().count('t.id', true);
  qb.orderBy(args.categoryId ? [{ pinnedAt: 'desc nulls last' }, ORDER[args.sort]] : ORDER[args.sort]).offset(offset).limit(args.first + 1);
  const [rows, totalCount] = await Promise.all([qb.getResultList(), count.execute('get').then((r: { count: string | number }) => Number(r.count))]);
  const position = new Map(rows.map((r, i) => [r, offset + i + 1]));
  return toConnection(rows, args.first, totalCount, (r) => `o:${position.get(r)}`, offset > 0);
}
