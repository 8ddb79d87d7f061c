import { describe, expect, it } from 'vitest';
import { mergeCacheConfigs, type CacheConfig } from './cacheConfig';

const noop = () => undefined;
const key = () => null;

describe('mergeCacheConfigs', () => {
  it('joins the parts: keys, resolvers and updates per type, optimistic results', () => {
    const forum: CacheConfig = { keys: { ThreadEdge: key }, updates: { Mutation: { createThread: noop } } };
    const live: CacheConfig = {
      keys: { PollOption: key },
      resolvers: { Query: { meetings: noop } },
      updates: { Mutation: { askQuestion: noop }, Subscription: { liveSessionEvents: noop } },
      optimistic: { toggleQuestionVote: () => null },
    };
    const merged = mergeCacheConfigs([{ name: 'forum', cache: forum }, { name: 'users' }, { name: 'live', cache: live }]);
    expect(Object.keys(merged.keys)).toEqual(['ThreadEdge', 'PollOption']);
    expect(Object.keys(merged.updates.Mutation ?? {})).toEqual(['createThread', 'askQuestion']);
    expect(Object.keys(merged.updates.Subscription ?? {})).toEqual(['liveSessionEvents']);
    expect(Object.keys(merged.resolvers.Query ?? {})).toEqual(['meetings']);
    expect(Object.keys(merged.optimistic)).toEqual(['toggleQuestionVote']);
  });

  it('throws, naming both features, when two key the same type', () => {
    const parts = [
      { name: 'regions', cache: { keys: { Region: key } } },
      { name: 'admin', cache: { keys: { Region: key } } },
    ];
    expect(() => mergeCacheConfigs(parts)).toThrow('Cache config keys.Region is defined by both "regions" and "admin"');
  });

  it('throws when two features update the same mutation', () => {
    const parts = [
      { name: 'forum', cache: { updates: { Mutation: { createThread: noop } } } },
      { name: 'live', cache: { updates: { Mutation: { createThread: noop } } } },
    ];
    expect(() => mergeCacheConfigs(parts)).toThrow('Cache config updates Mutation.createThread is defined by both "forum" and "live"');
  });

  it('throws on the same subscription update, resolver or optimistic result too', () => {
    const twice = (cache: CacheConfig) => () => mergeCacheConfigs([{ name: 'a', cache }, { name: 'b', cache }]);
    expect(twice({ updates: { Subscription: { myNotifications: noop } } })).toThrow('updates Subscription.myNotifications');
    expect(twice({ resolvers: { Query: { regions: noop } } })).toThrow('resolvers Query.regions');
    expect(twice({ optimistic: { toggleQuestionVote: () => null } })).toThrow('optimistic.toggleQuestionVote');
  });
});
