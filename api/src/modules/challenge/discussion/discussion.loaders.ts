import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../../core/db/query.js';
import type { LoaderFactory } from '../../../core/loaders.js';
import { challengeFromRow, type ChallengeSqlRow } from '../challenges/challenge.rows.js';
import type { Challenge } from '../challenges/challenge.entity.js';
import { SOLUTION_ROW, type SolutionRow } from '../solutions/reads/solution.rows.js';
import type { Solution } from '../solutions/solution.entity.js';
import { challengesByThreadSql, solutionsByThreadSql } from './discussion.sql.js';

/** The way back from a forum thread to what it discusses, by thread id. */
export interface DiscussionLoaders {
  challengeOfThread: DataLoader<number, Challenge | null>;
  solutionOfThread: DataLoader<number, Solution | null>;
}

declare module '../../../core/loaders.js' {
  interface Loaders {
    challengeDiscussion: DiscussionLoaders;
  }
}

export const discussionLoaderFactory: LoaderFactory<DiscussionLoaders> = {
  create: (em: EntityManager) => ({
    challengeOfThread: new DataLoader(async (ids) => {
      const rows = await query<ChallengeSqlRow>(em, challengesByThreadSql(ids));
      const byThread = new Map(rows.map((r) => [Number(r.thread_id), challengeFromRow(r)]));
      return ids.map((id) => byThread.get(id) ?? null);
    }),
    solutionOfThread: new DataLoader(async (ids) => {
      const rows = await query<SolutionRow>(em, solutionsByThreadSql(ids));
      const byThread = new Map(rows.map((r) => [Number(r.thread_id), SOLUTION_ROW.view(r)]));
      return ids.map((id) => byThread.get(id) ?? null);
    }),
  }),
};
