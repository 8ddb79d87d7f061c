import { sql, whereAll, type Sql } from '../../../core/db/sql.js';
import { THREAD_SELECT } from '../reads/forum.sql.js';
import { ThreadSort } from '../forum.types.js';
import { ThreadType } from './thread.entity.js';

/** The filters shared by the feed and search, already checked and normalised. */
export interface ThreadFilter {
  includeDeleted: boolean;
  categoryId?: number;
  type?: ThreadType;
  unanswered?: boolean;
  indicator?: number;
  tag?: string;
  authorUsername?: string;
  regionCode?: string;
}

/** Conditions on `forum_thread t`. */
export function threadConditions(f: ThreadFilter): Sql[] {
  const where: Sql[] = [];
  if (!f.includeDeleted) where.push(sql`t.deleted_at is null`);
  if (f.categoryId !== undefined) where.push(sql`t.category_id = ${f.categoryId}`);
  if (f.type) where.push(sql`t.type = ${f.type}`);
  if (f.unanswered) where.push(sql`t.type = ${ThreadType.QUESTION} and t.accepted_post_id is null`);
  if (f.indicator !== undefined) where.push(sql`${f.indicator}::smallint = any(t.indicator_numbers)`);
  if (f.tag) where.push(sql`${f.tag}::text = any(t.tags)`);
  if (f.authorUsername) where.push(sql`t.author_id = (select u.id from app_user u where u.username = ${f.authorUsername})`);
  if (f.regionCode) where.push(sql`exists (select 1 from forum_thread_region r where r.thread_id = t.id and r.region_code = ${f.regionCode})`);
  return where;
}

const ORDER: Record<ThreadSort, Sql> = {
  [ThreadSort.LATEST_ACTIVITY]: sql`t.last_post_at desc, t.id desc`,
  [ThreadSort.NEWEST]: sql`t.created_at desc, t.id desc`,
  [ThreadSort.MOST_REPLIES]: sql`t.reply_count desc, t.last_post_at desc, t.id desc`,
};

/** A page of the feed by offset; in a category, pinned threads first. */
export const feedPageSql = (f: ThreadFilter, sort: ThreadSort, offset: number, limit: number) =>
  sql`${THREAD_SELECT} ${whereAll(threadConditions(f))}
      order by ${f.categoryId !== undefined ? sql`t.pinned_at desc nulls last, ` : sql``}${ORDER[sort]} offset ${offset} limit ${limit}`;

export const feedCountSql = (f: ThreadFilter) => sql`select count(*) as n from forum_thread t ${whereAll(threadConditions(f))}`;

export interface SearchRow {
  thread_id: number;
  post_id: number | null;
  rank: number;
  snippet: string;
  total: string;
}

const HEADLINE = `StartSel=\u0001, StopSel=\u0002, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Full-text search over titles and posts: Indonesian stemming plus `simple` for names and
 * codes, ranked (titles weigh more), with typo-tolerant title matching by trigram similarity.
 * The best-matching post of each thread is the hit; hidden (unless `includeHidden`) and deleted
 * posts never match.
 */
export const searchSql = (text: string, f: ThreadFilter, includeHidden: boolean, offset: number, limit: number) =>
  sql`with q as (select websearch_to_tsquery('indonesian', ${text}) || websearch_to_tsquery('simple', ${text}) as tsq, lower(${text}) as raw),
     allowed as (select t.id from forum_thread t ${whereAll(threadConditions(f))}),
     post_hits as (
       select distinct on (p.thread_id) p.thread_id, p.id as post_id, ts_rank(p.search, q.tsq) as rank,
              -- Snippets come from the rendered text, not the markdown (no ** or list dashes); tags become spaces.
              regexp_replace(p.body_html, '<[^>]*>', ' ', 'g') as body
       from forum_post p, q
       where p.search @@ q.tsq and p.deleted_at is null ${includeHidden ? sql`` : sql`and p.hidden_at is null`} and p.thread_id in (select id from allowed)
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
            case when m.body is null then ts_headline('simple', t.title, q.tsq, ${HEADLINE}) else ts_headline('indonesian', m.body, q.tsq, ${HEADLINE}) end as snippet,
            count(*) over () as total
     from merged m join forum_thread t on t.id = m.thread_id, q
     order by m.rank desc, t.last_post_at desc
     offset ${offset} limit ${limit}`;
