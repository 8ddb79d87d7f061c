import type { CacheConfig } from '../../lib/cache/cacheConfig';
import { invalidateQueryFields } from '../../lib/cache/invalidate';
import { embedded } from '../../lib/cache/embedded';

/**
 * Forum value objects live inside their parent; Category, Thread, Post and Flag are keyed by id.
 * Threads and posts sent by events land in the cache by id, so lists follow without updates here.
 */
export const forumCache: CacheConfig = {
  keys: {
    ThreadConnection: embedded,
    ThreadEdge: embedded,
    PostConnection: embedded,
    PostEdge: embedded,
    ReactionSummary: embedded,
    ThreadReadState: embedded,
    ThreadEvent: embedded,
    FeedEvent: embedded,
    SearchHit: embedded,
    SearchHitConnection: embedded,
    SearchHitEdge: embedded,
  },
  updates: {
    Mutation: {
      createThread: (_result, _args, cache) => invalidateQueryFields(cache, ['threads', 'categories']),
      // Pinning reorders a category and moving changes two; lists are fetched again.
      moderateThread: (_result, _args, cache) => invalidateQueryFields(cache, ['threads', 'categories']),
      deleteThread: (_result, _args, cache) => invalidateQueryFields(cache, ['threads', 'categories', 'search']),
      moderatePost: (_result, _args, cache) => invalidateQueryFields(cache, ['flags', 'search']),
      flagPost: (_result, _args, cache) => invalidateQueryFields(cache, ['flags']),
      createPost: (_result, _args, cache) => invalidateQueryFields(cache, ['search']),
    },
  },
};
