import { sql } from '../../core/request-context.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/connection.js';
import { badInput } from '../../core/errors.js';
import type { Post } from './post.entity.js';
import { postFromRow } from './post.rows.js';
import type { Thread } from './thread.entity.js';
import { POST_SELECT, REACTION_ROWS_SQL, groupReactions, type ForumLoaders, type PostWithAuthorRow, type ReactionRow } from './forum.loaders.js';
import { attachPage } from './post.page.js';
import type { User } from '../user/user.entity.js';
import { prefixedUser } from '../user/user.rows.js';

interface PageRows {
  posts: PostWithAuthorRow[];
  quoted: PostWithAuthorRow[];
  reactions: ReactionRow[];
}

/**
 * A page in one statement: the posts with their authors, the posts they quote with theirs, and
 * the reactions, each as a JSON array; parameters: thread id, after this number, how many.
 * One round trip instead of two, and the driver parses three JSON values instead of every
 * field of every row (most of a page's cost in the driver was that).
 */
const PAGE_SQL = `with page as (${POST_SELECT} where p.thread_id = ? and p.number > ? order by p.number limit ?)
  select
    (select coalesce(json_agg(page order by page.number), '[]') from page) as posts,
    (select coalesce(json_agg(q), '[]') from (${POST_SELECT} where p.id in (select reply_to_id from page)) q) as quoted,
    (select coalesce(json_agg(r), '[]') from (${REACTION_ROWS_SQL('in (select id from page)')}) r) as reactions`;

/** Posts of a thread by number (keyset), including deleted ones so numbering and quotes stay intact. */
export async function listPosts(
  em: EntityManager,
  loaders: ForumLoaders,
  thread: Thread,
  args: { first: number; after?: string; fromNumber?: number },
): Promise<Connection<Post>> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 100) throw badInput('first must be 1 to 100', 'first harus 1 sampai 100', [{ field: 'first', message: 'range' }]);
  const cursor = decodeCursor(args.after);
  let afterNumber = args.fromNumber !== undefined && args.fromNumber !== null ? args.fromNumber - 1 : 0;
  if (cursor !== undefined) {
    afterNumber = Number(cursor);
    if (!Number.isInteger(afterNumber)) throw badInput('Invalid cursor', 'Kursor tidak valid', [{ field: 'after', message: 'invalid' }]);
  }
  const [page] = await sql<[PageRows]>(em, PAGE_SQL, [thread.id, afterNumber, args.first + 1]);
  const rows = page!.posts;
  const authors = new Map<number, User>();
  for (const r of [...rows, ...page!.quoted]) if (!authors.has(r.author_id)) authors.set(r.author_id, prefixedUser(r));
  for (const [id, u] of authors) loaders.user.prime(id, u);
  const posts = rows.slice(0, args.first).map(postFromRow);
  attachPage(posts, authors, groupReactions(posts.map((p) => p.id), page!.reactions), page!.quoted.map(postFromRow));
  return toConnection(rows.length > args.first ? [...posts, postFromRow(rows[args.first])] : posts, args.first, thread.lastPostNumber, (p) => String(p.number), afterNumber > 0);
}
