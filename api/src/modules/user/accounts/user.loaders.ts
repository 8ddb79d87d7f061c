import DataLoader from 'dataloader';
import { query } from '../../../core/db/query.js';
import type { LoaderFactory } from '../../../core/loaders.js';
import type { User } from './user.entity.js';
import { userFromRow, type UserRow } from './user.rows.js';
import { usersByIdSql } from './user.sql.js';

declare module '../../../core/loaders.js' {
  interface Loaders {
    /** People by id, as read-only views (authors, actors): plain SQL, not managed entities. */
    users: DataLoader<number, User | null>;
  }
}

export const usersLoaderFactory: LoaderFactory<DataLoader<number, User | null>> = {
  create: (em) =>
    new DataLoader(async (ids) => {
      const byId = new Map((await query<UserRow>(em, usersByIdSql(ids))).map((r) => [r.id, userFromRow(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
};
