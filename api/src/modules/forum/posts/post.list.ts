import type { EntityManager } from '@mikro-orm/postgresql';
import { queryOne } from '../../../core/db/query.js';
import { decodeCursor, toConnection, type Connection } from '../../../core/graphql/connection.js';
import { badInput } from '../../../core/errors.js';
import { coreMessages } from '../../../core/core.messages.js';
import { forumMessages as m } from '../forum.messages.js';
import type { Post } from './post.entity.js';
import { postFromRow } from './post.rows.js';
import type { Thread } from '../threads/thread.entity.js';
import { groupReactions, type ForumLoaders } from '../reads/forum.loaders.js';
import { postPageSql, type PostPageRow } from '../reads/forum.sql.js';
import { attachPage } from './post.page.js';
import { prefixedUser, type User } from '../../user/index.js';

/** Posts of a thread by number (keyset), including deleted ones so numbering and quotes stay intact. */
export async function listPosts(
  em: EntityManager,
  loaders: ForumLoaders,
  thread: Thread,
  args: { first: number; after?: string; fromNumber?: number },
): Promise<Connection<Post>> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 100) throw badInput(m.pageSize, {}, [{ field: 'first', message: 'range' }]);
  const cursor = decodeCursor(args.after);
  let afterNumber = args.fromNumber !== undefined && args.fromNumber !== null ? args.fromNumber - 1 : 0;
  if (cursor !== undefined) {
    afterNumber = Number(cursor);
    if (!Number.isInteger(afterNumber)) throw badInput(coreMessages.invalidCursor, {}, [{ field: 'after', message: 'invalid' }]);
  }
  const page = await queryOne<PostPageRow>(em, postPageSql(thread.id, afterNumber, args.first + 1));
  const rows = page!.posts;
  const authors = new Map<number, User>();
  for (const r of [...rows, ...page!.quoted]) if (!authors.has(r.author_id)) authors.set(r.author_id, prefixedUser(r));
  for (const [id, u] of authors) loaders.user.prime(id, u);
  const posts = rows.slice(0, args.first).map(postFromRow);
  attachPage(posts, authors, groupReactions(posts.map((p) => p.id), page!.reactions), page!.quoted.map(postFromRow));
  return toConnection(rows.length > args.first ? [...posts, postFromRow(rows[args.first])] : posts, args.first, thread.lastPostNumber, (p) => String(p.number), afterNumber > 0);
}
