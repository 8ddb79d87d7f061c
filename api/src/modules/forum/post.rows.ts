import type { Ref } from '@mikro-orm/core';
import type { Thread } from './thread.entity.js';
import type { User } from '../user/user.entity.js';
import { readView } from '../../core/db/read-view.js';
import { asDate } from '../../core/graphql/date-scalar.js';
import { Post } from './post.entity.js';

/** The columns a read of posts selects, in the order `postFromRow` expects. */
export const POST_COLUMNS = `p.id, p.thread_id, p.author_id, p.number, p.body_markdown, p.body_html, p.reply_to_id, p.created_at, p.edited_at, p.deleted_at, p.hidden_at, p.hidden_reason`;

export interface PostRow {
  id: number;
  thread_id: number;
  author_id: number;
  number: number;
  body_markdown: string;
  body_html: string;
  reply_to_id: number | null;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
}

const postView = readView(Post, ['id', 'thread', 'author', 'number', 'bodyMarkdown', 'bodyHtml', 'replyToId', 'createdAt', 'editedAt', 'deletedAt', 'hiddenAt', 'hiddenReason']);

/**
 * A read-only Post built from a SQL row without the ORM: pages of posts are the forum's
 * busiest read, and hydrating managed entities was most of their cost. Relations carry only
 * their id, which is all the resolvers and policies read; nothing ever writes these objects.
 */
export function postFromRow(r: PostRow): Post {
  return postView({
    id: r.id,
    thread: { id: r.thread_id } as Ref<Thread>,
    author: { id: r.author_id } as Ref<User>,
    number: r.number,
    bodyMarkdown: r.body_markdown,
    bodyHtml: r.body_html,
    replyToId: r.reply_to_id,
    createdAt: asDate(r.created_at),
    editedAt: r.edited_at && asDate(r.edited_at),
    deletedAt: r.deleted_at && asDate(r.deleted_at),
    hiddenAt: r.hidden_at && asDate(r.hidden_at),
    hiddenReason: r.hidden_reason,
  });
}
