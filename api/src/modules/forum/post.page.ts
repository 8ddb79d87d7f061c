import type { User } from '../user/user.entity.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { postsById, reactionGroups, type ReactionGroup } from './forum.loaders.js';
import type { Post } from './post.entity.js';

/** What a page of posts shows beside each post, loaded for the whole page at once. */
export interface PostPageData {
  author: User;
  reactions: ReactionGroup[];
  replyTo: Post | null;
}

const pageData = new WeakMap<Post, PostPageData>();

/**
 * The page's data for a post, if it came from a page: its field resolvers answer from here
 * synchronously instead of each awaiting a loader (a page of 50 posts made hundreds of
 * promises and graphql-js waits on every object that has one).
 */
export const preloaded = (post: Post): PostPageData | undefined => pageData.get(post);

/**
 * Loads reactions and quoted posts for a page (one statement each, in parallel; not through
 * the loaders, whose per-key promises cost more than the page shares with other fields) and
 * attaches them with the authors.
 */
export async function preloadPage(em: EntityManager, posts: Post[], authors: Map<number, User>): Promise<void> {
  const replyIds = [...new Set(posts.flatMap((p) => (p.replyToId ? [p.replyToId] : [])))];
  const [reactions, quoted] = await Promise.all([reactionGroups(em, posts.map((p) => p.id)), replyIds.length ? postsById(em, replyIds) : []]);
  const quotedById = new Map<number, Post>();
  for (const q of quoted) if (q) quotedById.set(q.id, q);
  posts.forEach((p, i) => {
    const r = reactions[i];
    const author = authors.get(p.author.id);
    if (author) pageData.set(p, { author, reactions: r, replyTo: p.replyToId ? (quotedById.get(p.replyToId) ?? null) : null });
  });
}
