import type { ThreadType } from '../../../gql/graphql';
import { isRecord } from '../../../lib/drafts';

export interface ThreadDraft {
  categoryId: string;
  title: string;
  type: ThreadType;
  body: string;
  indicators: string;
  regions: string;
  tags: string;
}

export const emptyThreadDraft = (categoryId = ''): ThreadDraft => ({ categoryId, title: '', type: 'DISCUSSION', body: '', indicators: '', regions: '', tags: '' });

export function isThreadDraft(value: unknown): value is ThreadDraft {
  if (!isRecord(value)) return false;
  return (
    ['categoryId', 'title', 'body', 'indicators', 'regions', 'tags'].every((k) => typeof value[k] === 'string') &&
    (value.type === 'QUESTION' || value.type === 'DISCUSSION')
  );
}

export const isEmptyThreadDraft = (d: ThreadDraft): boolean => !d.title.trim() && !d.body.trim() && !d.indicators.trim() && !d.regions.trim() && !d.tags.trim();

export interface ReplyDraft {
  body: string;
  replyTo: { id: string; number: number; authorName: string } | null;
}

export function isReplyDraft(value: unknown): value is ReplyDraft {
  if (!isRecord(value) || typeof value.body !== 'string') return false;
  const r = value.replyTo;
  return r === null || (isRecord(r) && typeof r.id === 'string' && typeof r.number === 'number' && typeof r.authorName === 'string');
}
