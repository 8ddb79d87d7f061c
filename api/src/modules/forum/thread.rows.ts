import type { Ref } from '@mikro-orm/core';
import { readView } from '../../core/db/read-view.js';
import { asDate } from '../../core/graphql/date-scalar.js';
import type { User } from '../user/user.entity.js';
import type { Category } from './category.entity.js';
import { Thread, type ThreadType } from './thread.entity.js';

/** The columns a read of threads selects (`t` is forum_thread), in the shape `threadFromRow` expects. */
export const THREAD_COLUMNS = `t.id, t.category_id, t.author_id, t.type, t.title, t.indicator_numbers, t.tags, t.pinned_at, t.locked_at, t.deleted_at,
  t.accepted_post_id, t.reply_count, t.last_post_number, t.last_post_at, t.created_at, t.updated_at`;

export interface ThreadRow {
  id: number;
  category_id: number;
  author_id: number;
  type: ThreadType;
  title: string;
  indicator_numbers: number[];
  tags: string[];
  pinned_at: Date | null;
  locked_at: Date | null;
  deleted_at: Date | null;
  accepted_post_id: number | null;
  reply_count: number;
  last_post_number: number;
  last_post_at: Date;
  created_at: Date;
  updated_at: Date;
}

const threadView = readView(Thread, [
  'id', 'category', 'author', 'type', 'title', 'indicatorNumbers', 'tags', 'pinnedAt', 'lockedAt', 'deletedAt',
  'acceptedPostId', 'replyCount', 'lastPostNumber', 'lastPostAt', 'createdAt', 'updatedAt',
]);

const date = (d: Date | null) => (d === null ? null : asDate(d));

/**
 * A read-only Thread from a SQL row, for pages and events (regions come from their loader).
 * Mutations load managed threads with `loadThread` instead.
 */
export function threadFromRow(r: ThreadRow): Thread {
  return threadView({
    id: r.id,
    category: { id: r.category_id } as Ref<Category>,
    author: { id: r.author_id } as Ref<User>,
    type: r.type,
    title: r.title,
    indicatorNumbers: r.indicator_numbers.map(Number),
    tags: r.tags,
    pinnedAt: date(r.pinned_at),
    lockedAt: date(r.locked_at),
    deletedAt: date(r.deleted_at),
    acceptedPostId: r.accepted_post_id,
    replyCount: r.reply_count,
    lastPostNumber: r.last_post_number,
    lastPostAt: asDate(r.last_post_at),
    createdAt: asDate(r.created_at),
    updatedAt: asDate(r.updated_at),
  });
}
