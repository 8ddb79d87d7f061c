import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../../core/db/query.js';
import type { LoaderFactory, Viewer } from '../../../core/loaders.js';
import { followedBySql, followerCountsSql } from './follow.sql.js';

export interface FollowLoaders {
  followerCount: DataLoader<number, number>;
  /** Whether the viewer follows each challenge (false for no viewer). */
  followedByMe: DataLoader<number, boolean>;
}

declare module '../../../core/loaders.js' {
  interface Loaders {
    challengeFollow: FollowLoaders;
  }
}

const followedBy = (em: EntityManager, viewer: Viewer) =>
  new DataLoader<number, boolean>(async (ids) => {
    if (viewer.userId === null) return ids.map(() => false);
    const mine = new Set((await query<{ challenge_id: number }>(em, followedBySql(ids, viewer.userId))).map((r) => r.challenge_id));
    return ids.map((id) => mine.has(id));
  });

export const followLoaderFactory: LoaderFactory<FollowLoaders> = {
  create: (em, viewer) => ({
    followerCount: new DataLoader(async (ids) => {
      const rows = await query<{ challenge_id: number; n: string }>(em, followerCountsSql(ids));
      const byId = new Map(rows.map((r) => [r.challenge_id, Number(r.n)]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
    followedByMe: followedBy(em, viewer),
  }),
  // Subscribers of one event share the counts; each has their own "followed by me".
  forViewer: (shared, em, viewer) => {
    let own: DataLoader<number, boolean> | undefined;
    return Object.create(shared, { followedByMe: { get: () => (own ??= followedBy(em, viewer)) } }) as FollowLoaders;
  },
};
