import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../../user/index.js';
import { Category } from '../categories/category.entity.js';
import { Post } from '../posts/post.entity.js';
import { writeBody } from '../posts/post.body.js';
import { Reaction, type ReactionEmoji } from '../posts/reaction.entity.js';
import { Thread, ThreadType } from './thread.entity.js';
import { NotificationLevel, ThreadUser } from './thread-user.entity.js';
import { setThreadRegions } from './thread.meta.js';

export interface SeedPost {
  author: User;
  body: string;
  at: Date;
  reactions?: { user: User; emoji: ReactionEmoji }[];
}

export interface SeedThread {
  categorySlug: string;
  type: ThreadType;
  title: string;
  indicators?: number[];
  tags?: string[];
  regionCodes?: string[];
  /** The opening post first, then the replies in order. */
  posts: [SeedPost, ...SeedPost[]];
  /** For a question: the number of the reply accepted as its answer. */
  acceptedNumber?: number;
}

/**
 * Writes a whole thread as the forum keeps it (cooked bodies and excerpts, numbers, counters,
 * the author watching, reactions), for seed data such as the demo: no events, no notifications.
 * Returns null when the category is missing.
 */
export async function writeSeedThread(em: EntityManager, input: SeedThread): Promise<Thread | null> {
  const category = await em.findOne(Category, { slug: input.categorySlug });
  if (!category) return null;
  const [first] = input.posts;
  const last = input.posts.at(-1)!;
  const thread = em.create(Thread, {
    category, author: first.author, type: input.type, title: input.title, indicatorNumbers: input.indicators ?? [], tags: input.tags ?? [],
    lastPostNumber: input.posts.length, replyCount: input.posts.length - 1, lastPostAt: last.at, createdAt: first.at, updatedAt: last.at,
  });
  const posts = input.posts.map((p, i) => {
    const post = em.create(Post, { thread, author: p.author, number: i + 1, ...writeBody(p.body), createdAt: p.at });
    for (const r of p.reactions ?? []) em.create(Reaction, { post, user: r.user, emoji: r.emoji, createdAt: p.at });
    return post;
  });
  const readers = new Map<number, { user: User; read: number }>();
  input.posts.forEach((p, i) => readers.set(p.author.id, { user: p.author, read: i + 1 }));
  for (const { user, read } of readers.values()) {
    em.create(ThreadUser, { thread, user, level: user.id === first.author.id ? NotificationLevel.WATCHING : NotificationLevel.TRACKING, lastReadPostNumber: read });
  }
  await em.flush();
  if (input.acceptedNumber) {
    thread.acceptedPostId = posts[input.acceptedNumber - 1]?.id ?? null;
    await em.flush();
  }
  if (input.regionCodes?.length) await setThreadRegions(em, thread.id, input.regionCodes);
  return thread;
}
