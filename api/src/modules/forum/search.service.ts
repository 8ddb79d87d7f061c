import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeOffsetCursor, encodeOffsetCursor, type Connection } from '../../core/graphql/connection.js';
import { badInput } from '../../core/errors.js';
import type { User } from '../user/user.entity.js';
import { isStaff } from '../../core/auth/policy.js';
import { applyThreadFilters } from './feed.service.js';
import type { SearchArgs, SearchHit } from './forum.types.js';
import { Post } from './post.entity.js';
import { Thread } from './thread.entity.js';

interface Row {
  thread_id: number;
  post_id: number | null;
  rank: number;
  snippet: string;
  total: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const START = String.fromCharCode(1);
const STOP = String.fromCharCode(2);

/** ts_headline marks hits with control characters; everything else is escaped before <mark> goes in. */
function markSnippet(raw: string): string {
  return escapeHtml(raw).replaceAll(START, '<mark>').replaceAll(STOP, '</mark>');
}

/**
 * Full-text search over titles and posts: Indonesian stemming plus `simple` for names and
 * codes, ranked (titles weigh more), with typo-tolerant title matching by trigram similarity.
 * The best-matching post of each thread is the hit; hidden and deleted posts never match.
 */
export async function search(em: EntityManager, args: SearchArgs, actor: User): Promise<Connection<SearchHit>> {
  const q = args.query.trim();
  if (q.length < 2) throw badInput('query must be at least 2 characters', 'kata kunci minimal 2 karakter', [{ field: 'query', message: 'too short' }]);
  const offset = decodeOffsetCursor(args.after);

  const filter = em.createQueryBuilder(Thread, 't').select('t.id');
  applyThreadFilters(filter, args, actor);
  const { sql: filterSql, bindings: filterParams } = filter.getKnexQuery().toSQL();
  const opts = `StartSel=\u0001, StopSel=\u0002, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
  const hiddenClause = isStaff(actor) ? 'p.deleted_at is null' : 'p.deleted_at is null and p.hidden_at is null';

  const rows = await em.execute<Row[]>(
    `with q as (select websearch_to_tsquery('indonesian', ?) || websearch_to_tsquery('simple', ?) as tsq, lower(?) as raw),
     allowed as (${filterSql}),
     post_hits as (
       select distinct on (p.thread_id) p.thread_id, p.id as post_id, ts_rank(p.search, q.tsq) as rank, p.body_markdown as body
       from forum_post p, q
       where p.search @@ q.tsq and ${hiddenClause} and p.thread_id in (select id from allowed)
       order by p.thread_id, ts_rank(p.search, q.tsq) desc, p.number
     ),
     title_hits as (
       select t.id as thread_id, ts_rank(t.search, q.tsq) * 2 + similarity(lower(t.title), q.raw) as rank
       from forum_thread t, q
       where t.id in (select id from allowed) and (t.search @@ q.tsq or lower(t.title) % q.raw)
     ),
     merged as (
       select coalesce(th.thread_id, ph.thread_id) as thread_id, ph.post_id,
              coalesce(th.rank, 0) + coalesce(ph.rank, 0) as rank, ph.body
       from title_hits th full outer join post_hits ph on ph.thread_id = th.thread_id
     )
     select m.thread_id, m.post_id, m.rank,
            case when m.body is null then ts_headline('simple', t.title, q.tsq, ?) else ts_headline('indonesian', m.body, q.tsq, ?) end as snippet,
            count(*) over () as total
     from merged m join forum_thread t on t.id = m.thread_id, q
     order by m.rank desc, t.last_post_at desc
     offset ? limit ?`,
    [q, q, q, ...filterParams, opts, opts, offset, args.first + 1],
  );
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
