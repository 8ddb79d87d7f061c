import type { User } from '../../user/index.js';
import type { ReactionGroup } from '../reads/forum.loaders.js';
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

/** Attaches each post's author, reactions (in the order of `posts`) and quoted post. */
export function attachPage(posts: Post[], authors: Map<number, User>, reactions: ReactionGroup[][], quoted: Post[]): void {
  const quotedById = new Map<number, Post>();
  for (const q of quoted) quotedById.set(q.id, q);
  posts.forEach((p, i) => {
    const author = authors.get(p.author.id);
    if (author) pageData.set(p, { author, reactions: reactions[i]!, replyTo: p.replyToId ? (quotedById.get(p.replyToId) ?? null) : null });
  });
}
