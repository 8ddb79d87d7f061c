import { date, ref, rowShape, type RowOf } from '../../../core/db/row-shape.js';
import { Post } from './post.entity.js';

/**
 * A post as plain SQL reads it (alias `p`): pages of posts are the forum's busiest read, and
 * hydrating managed entities was most of their cost. Relations carry only their id, which is
 * all the resolvers and policies read; nothing ever writes these views.
 */
export const POST_ROW = rowShape(Post, 'p', {
  id: 'id',
  thread_id: ref('thread'),
  author_id: ref('author'),
  number: 'number',
  body_markdown: 'bodyMarkdown',
  body_html: 'bodyHtml',
  excerpt: 'excerpt',
  reply_to_id: 'replyToId',
  created_at: date('createdAt'),
  edited_at: date('editedAt'),
  deleted_at: date('deletedAt'),
  hidden_at: date('hiddenAt'),
  hidden_reason: 'hiddenReason',
});

export type PostRow = RowOf<typeof POST_ROW>;
export const postFromRow = (r: PostRow): Post => POST_ROW.view(r);
