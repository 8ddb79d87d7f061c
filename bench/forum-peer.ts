/**
 * The thread page as PostGraphile answers it (bench:forum part 1): its query, what the bench
 * database needs for it, and the check of its answer. See bench/README.md.
 */
import type { LoadRequest } from './lib.js';
import type { PeerGrants } from './postgraphile.js';

/** The same page in PostGraphile's default names: thread, category, author, 50 posts with authors and regions, quote, reactions. */
export const PEER_PAGE_QUERY = `query($id: Int!) { forumThreadById(id: $id) { title forumCategoryByCategoryId { name } appUserByAuthorId { name }
  forumPostsByThreadId(first: 50, orderBy: NUMBER_ASC) { totalCount nodes { number bodyHtml createdAt
    appUserByAuthorId { name username regionByRegionCode { name } }
    replyTo { number excerpt } reactionSummary { nodes { emoji count reactedByMe } } } } } }`;

/**
 * Select on the page's tables; app_user without email, role, password_hash; no sessions. Two
 * additions: a smart tag naming the reply's foreign key `replyTo`, and the reactions summary
 * (count per emoji, and whether the JWT's user gave it) as a computed column, since PostGraphile
 * v4 has no aggregates without a plugin.
 */
export const PEER_PAGE_GRANTS: PeerGrants = {
  tables: ['forum_thread', 'forum_category', 'forum_post', 'forum_reaction', 'region', 'province'],
  columns: { app_user: ['id', 'name', 'username', 'region_code'] },
  extra: [
    `comment on constraint forum_post_reply_to_id_foreign on forum_post is E'@fieldName replyTo'`,
    `create function forum_post_reaction_summary(p forum_post) returns table (emoji text, count int, reacted_by_me boolean)
       language sql stable as $$
         select r.emoji, count(*)::int, coalesce(bool_or(r.user_id = nullif(current_setting('jwt.claims.user_id', true), '')::int), false)
         from forum_reaction r where r.post_id = p.id group by r.emoji order by r.emoji
       $$`,
  ],
};

interface PeerPage {
  forumThreadById?: {
    forumPostsByThreadId?: { totalCount?: number; nodes?: { replyTo?: { excerpt?: string } | null; reactionSummary?: { nodes?: { reactedByMe?: boolean }[] } }[] };
  };
}

export function peerPageRequest(threadId: number, token?: string): LoadRequest {
  return { body: JSON.stringify({ query: PEER_PAGE_QUERY, variables: { id: threadId } }), headers: token ? [`authorization=Bearer ${token}`] : [] };
}

/** PostGraphile's page: 50 posts, quotes with excerpts, reactions; with a token, some reactedByMe. */
export function peerPageProbe(request: LoadRequest, signedIn: boolean) {
  return async (name: string, url: string): Promise<{ body: string; data: unknown }> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    for (const h of request.headers ?? []) headers[h.slice(0, h.indexOf('='))] = h.slice(h.indexOf('=') + 1);
    const res = await fetch(url, { method: 'POST', headers, body: request.body });
    const body = await res.text();
    const parsed = JSON.parse(body) as { data?: PeerPage; errors?: unknown[] };
    const posts = parsed.data?.forumThreadById?.forumPostsByThreadId;
    const nodes = posts?.nodes ?? [];
    const ok =
      res.status === 200 &&
      !parsed.errors &&
      nodes.length === 50 &&
      posts?.totalCount === 50 &&
      nodes.some((n) => n.replyTo?.excerpt) &&
      nodes.some((n) => n.reactionSummary?.nodes?.length) &&
      nodes.some((n) => n.reactionSummary?.nodes?.some((r) => r.reactedByMe)) === signedIn;
    if (!ok) throw new Error(`${name} answered ${res.status} with an unexpected body: ${body.slice(0, 400)}`);
    return { body, data: parsed.data };
  };
}
