import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeOffsetCursor, encodeOffsetCursor, type Connection } from '../../../core/graphql/connection.js';
import { badInput } from '../../../core/errors.js';
import { forumMessages as m } from '../forum.messages.js';
import { query } from '../../../core/db/query.js';
import { isStaff, type User } from '../../user/index.js';
import { threadFilter } from './feed.service.js';
import { searchSql, type SearchRow } from './feed.sql.js';
import type { SearchArgs, SearchHit } from '../forum.types.js';
import { Post } from '../posts/post.entity.js';
import { decodeEntities } from '../posts/markdown.js';
import { Thread } from './thread.entity.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const START = String.fromCharCode(1);
const STOP = String.fromCharCode(2);

/** ts_headline marks hits with control characters; everything else is escaped before <mark> goes in. */
function markSnippet(raw: string): string {
  return escapeHtml(decodeEntities(raw).replace(/\s+/g, ' ').trim()).replaceAll(START, '<mark>').replaceAll(STOP, '</mark>');
}

/** Full-text search (see searchSql), with each hit's thread and post. */
export async function search(em: EntityManager, args: SearchArgs, actor: User): Promise<Connection<SearchHit>> {
  const q = args.query.trim();
  if (q.length < 2) throw badInput(m.queryTooShort, {}, [{ field: 'query', message: 'too short' }]);
  const offset = decodeOffsetCursor(args.after);

  const rows = await query<SearchRow>(em, searchSql(q, threadFilter(args, actor), isStaff(actor), offset, args.first + 1));
  const threads = rows.length ? await em.find(Thread, { id: { $in: rows.map((r) => r.thread_id) } }) : [];
  const postIds = rows.map((r) => r.post_id).filter((id): id is number => id !== null);
  const posts = postIds.length ? await em.find(Post, { id: { $in: postIds } }) : [];
  const threadById = new Map(threads.map((t) => [t.id, t]));
  const postById = new Map(posts.map((p) => [p.id, p]));
  const page = rows.slice(0, args.first);
  const edges = page.map((r, i) => ({
    cursor: encodeOffsetCursor(offset + i + 1),
    node: { thread: threadById.get(r.thread_id)!, post: r.post_id ? (postById.get(r.post_id) ?? null) : null, snippet: markSnippet(r.snippet), rank: Number(r.rank) },
  }));
  return {
    edges,
    totalCount: rows.length ? Number(rows[0].total) : offset,
    pageInfo: { hasNextPage: rows.length > args.first, hasPreviousPage: offset > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
