import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../user/index.js';
import { NotificationKind } from '../../notification/index.js';
import type { NotificationDraft } from '../../notification/index.js';
import { excerpt, mentionedUsernames, renderMarkdown } from './markdown.js';

/** A post's stored forms of `markdown`: as written, as safe HTML, and its plain-text excerpt for quotes (reads never render). */
export function writeBody(markdown: string): { bodyMarkdown: string; bodyHtml: string; excerpt: string } {
  // Control characters (NUL above all, which PostgreSQL cannot store) have no place in a post.
  // eslint-disable-next-line no-control-regex
  const bodyMarkdown = markdown.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trimEnd();
  return { bodyMarkdown, bodyHtml: renderMarkdown(bodyMarkdown), excerpt: excerpt(bodyMarkdown) };
}

/** Notifications for people mentioned in `body` who were not already mentioned in `previous` versions. */
export async function mentionNotifications(
  em: EntityManager,
  body: string,
  previous: string[],
  actorId: number,
  threadId: number,
  postId: number,
): Promise<NotificationDraft[]> {
  const before = new Set(previous.flatMap(mentionedUsernames));
  const names = mentionedUsernames(body).filter((n) => !before.has(n)).slice(0, 20);
  if (!names.length) return [];
  const users = await em.find(User, { username: { $in: names } }, { fields: ['id'] });
  return users.map((u) => ({ userId: u.id, kind: NotificationKind.MENTION, actorId, threadId, postId }));
}
