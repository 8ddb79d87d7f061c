import type { PostFieldsFragment, ThreadHeaderFragment, ThreadRowFragment } from '../../gql/graphql';
import { limits } from '../../gql/limits';

export type Post = PostFieldsFragment;
export type ThreadHeader = ThreadHeaderFragment;
export type ThreadRow = ThreadRowFragment;
export type Person = { id: string; name: string; username: string };

/** The API's fixed set, in its order, with the names used in test ids and labels. */
export const REACTIONS = [
  { emoji: '👍', name: 'thumbs' },
  { emoji: '❤️', name: 'heart' },
  { emoji: '🎉', name: 'tada' },
  { emoji: '🙏', name: 'pray' },
  { emoji: '💡', name: 'bulb' },
] as const;

export type ReactionName = (typeof REACTIONS)[number]['name'];

export const TITLE_MIN = limits.forum.titleMin;
export const TITLE_MAX = limits.forum.titleMax;
export const BODY_MAX = limits.forum.bodyMax;
export const REASON_MIN = limits.forum.reasonMin;
export const REASON_MAX = limits.forum.reasonMax;
export const POSTS_PAGE = 50;
export const THREADS_PAGE = 20;

export const threadPath = (id: string, postNumber?: number | null): string => `/forum/t/${id}${postNumber && postNumber > 1 ? `#p${postNumber}` : ''}`;
