import { date, numbers, ref, rowShape, type RowOf } from '../../../core/db/row-shape.js';
import { Thread } from './thread.entity.js';

/**
 * A thread as plain SQL reads it (alias `t`), for pages and events; its regions come from their
 * loader. Mutations load managed threads with `loadThread` instead.
 */
export const THREAD_ROW = rowShape(
  Thread,
  't',
  {
    id: 'id',
    category_id: ref('category'),
    author_id: ref('author'),
    type: 'type',
    title: 'title',
    indicator_numbers: numbers('indicatorNumbers'),
    tags: 'tags',
    pinned_at: date('pinnedAt'),
    locked_at: date('lockedAt'),
    deleted_at: date('deletedAt'),
    accepted_post_id: 'acceptedPostId',
    reply_count: 'replyCount',
    last_post_number: 'lastPostNumber',
    last_post_at: date('lastPostAt'),
    created_at: date('createdAt'),
    updated_at: date('updatedAt'),
  },
  { omit: ['regions'] },
);

export type ThreadRow = RowOf<typeof THREAD_ROW>;
export const threadFromRow = (r: ThreadRow): Thread => THREAD_ROW.view(r);
