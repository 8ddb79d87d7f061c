import { forumMigrations } from './migrations/index.js';
import type { ModuleManifest } from '../../core/module.js';
import { FORUM_LIMITS } from './forum.limits.js';
import { Category } from './categories/category.entity.js';
import { Flag } from './posts/flag.entity.js';
import { Post, PostRevision } from './posts/post.entity.js';
import { Reaction } from './posts/reaction.entity.js';
import { Thread } from './threads/thread.entity.js';
import { ThreadUser } from './threads/thread-user.entity.js';
import { CategoryResolver, FlagResolver, ReactionSummaryResolver, SearchResolver } from './forum.resolver.js';
import { ThreadResolver } from './threads/thread.resolver.js';
import { PostResolver } from './posts/post.resolver.js';
import { NotificationLinksResolver } from './engagement/notification-links.resolver.js';
import { forumLoaderFactory } from './reads/forum.loaders.js';
import { feedEventsAudience, threadEventsAudience } from './reads/forum.audience.js';
import { seedCategories } from './categories/category.seed.js';
import { MemoryPresenceStore, RedisPresenceStore } from './engagement/presence.js';
import * as policies from './forum.policy.js';
import { forumMessages } from './forum.messages.js';

/** Realtime forums: categories per SPBE domain, threads, replies, reactions, moderation, follow and unread. */
export const forumModule: ModuleManifest = {
  name: 'forum',
  migrations: forumMigrations,
  limits: FORUM_LIMITS,
  entities: [Category, Thread, Post, PostRevision, Reaction, Flag, ThreadUser],
  resolvers: [CategoryResolver, ThreadResolver, PostResolver, SearchResolver, ReactionSummaryResolver, FlagResolver, NotificationLinksResolver],
  loaders: { forum: forumLoaderFactory },
  audiences: { threadEvents: threadEventsAudience, feedEvents: feedEventsAudience },
  seeds: { reference: seedCategories },
  services: ({ redis }) => ({ provide: { presence: redis ? new RedisPresenceStore(redis) : new MemoryPresenceStore() } }),
  policies: { ...policies },
  messages: forumMessages,
};
