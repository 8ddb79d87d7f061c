import type {
  ForumCategoriesQuery,
  ForumIndicatorsQuery,
  ForumPostsQuery,
  ForumThreadsQuery,
  MeQuery,
  NotificationFieldsFragment,
  NotificationKind,
  NotificationLevel,
  PostFieldsFragment,
  ReadStateFragment,
  Role,
  ThreadHeaderFragment,
  ThreadRowFragment,
} from '../gql/graphql';
import type { ResultData, WithTypenames } from './withTypenames';

/** Forum data for component tests, typed by the generated fragments and results (with __typename, as graphcache needs). */
export type Person = WithTypenames<PostFieldsFragment['author']>;
export type ThreadRowData = WithTypenames<ThreadRowFragment>;
export type ThreadHeaderData = WithTypenames<ThreadHeaderFragment>;
export type PostData = WithTypenames<PostFieldsFragment>;
export type ReactionData = WithTypenames<PostFieldsFragment['reactions'][number]>;
export type NotificationData = WithTypenames<NotificationFieldsFragment>;

export const person = (id: string, name: string, username: string, region: { code: string; name: string } | null = null): Person => ({
  __typename: 'User',
  id,
  name,
  username,
  region: region ? { __typename: 'Region', ...region } : null,
});

export const sumedangUser = person('4', 'Diskominfo Sumedang', 'sumedang', { code: '32.11', name: 'Kabupaten Sumedang' });
export const belitungUser = person('7', 'Staf Belitung', 'anggota_belitung', { code: '19.02', name: 'Kabupaten Belitung' });

export const category: ThreadRowData['category'] = { __typename: 'Category', id: '1', name: 'Umum', color: '#475569' };

export const readState = (lastRead: number, lastPost: number, level: NotificationLevel = 'TRACKING'): WithTypenames<ReadStateFragment> => ({
  __typename: 'ThreadReadState',
  level,
  lastReadPostNumber: lastRead,
  unreadCount: level === 'MUTED' ? 0 : Math.max(0, lastPost - lastRead),
  firstUnreadPostNumber: lastRead < lastPost ? lastRead + 1 : null,
});

export function threadRow(id: string, title: string, extra: Partial<ThreadRowData> = {}): ThreadRowData {
  return {
    __typename: 'Thread',
    id,
    type: 'DISCUSSION',
    title,
    tags: [],
    indicatorNumbers: [],
    isPinned: false,
    isLocked: false,
    isAnswered: false,
    replyCount: 0,
    lastPostNumber: 1,
    lastPostAt: '2026-11-29T08:00:00.000Z',
    createdAt: '2026-11-29T08:00:00.000Z',
    category,
    author: { __typename: 'User', id: '4', name: 'Diskominfo Sumedang', username: 'sumedang' },
    regions: [],
    readState: readState(0, 1),
    ...extra,
  };
}

export function threadHeader(id: string, title: string, extra: Partial<ThreadHeaderData> = {}): ThreadHeaderData {
  return {
    ...threadRow(id, title),
    isDeleted: false,
    acceptedAnswer: null,
    viewerCanEdit: false,
    viewerCanModerate: false,
    viewerCanAcceptAnswer: false,
    ...extra,
  };
}

export function post(number: number, body: string | null, extra: Partial<PostData> = {}): PostData {
  return {
    __typename: 'Post',
    id: `p${number}`,
    number,
    createdAt: '2026-11-29T08:00:00.000Z',
    editedAt: null,
    body,
    bodyMarkdown: null,
    excerpt: body ? body.replace(/<[^>]+>/g, '') : null,
    isDeleted: false,
    isHidden: false,
    hiddenReason: null,
    revisionCount: 0,
    isAcceptedAnswer: false,
    viewerCanEdit: false,
    viewerCanDelete: false,
    viewerCanFlag: true,
    author: sumedangUser,
    replyTo: null,
    reactions: [],
    ...extra,
  };
}

export const reaction = (emoji: string, users: Person[], reactedByMe = false): ReactionData => ({
  __typename: 'ReactionSummary',
  emoji,
  count: users.length,
  reactedByMe,
  users,
});

export function postsPage(posts: PostData[], threadId: string, hasNextPage = false): ResultData<ForumPostsQuery> {
  return {
    thread: {
      __typename: 'Thread',
      id: threadId,
      lastPostNumber: posts.at(-1)?.number ?? 0,
      posts: {
        __typename: 'PostConnection',
        totalCount: posts.at(-1)?.number ?? 0,
        pageInfo: { __typename: 'PageInfo', hasNextPage },
        edges: posts.map((node) => ({ __typename: 'PostEdge', node })),
      },
    },
  };
}

export function threadsPage(rows: ThreadRowData[], totalCount = rows.length, hasNextPage = false): ResultData<ForumThreadsQuery> {
  return {
    threads: {
      __typename: 'ThreadConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? `o:${rows.length}` : null },
      edges: rows.map((node, i) => ({ __typename: 'ThreadEdge', cursor: `o:${i + 1}`, node })),
    },
  };
}

export const categories: ResultData<ForumCategoriesQuery> = {
  categories: [
    { ...category, slug: 'umum', description: 'Diskusi umum', position: 0, threadCount: 1 },
    { __typename: 'Category', id: '2', name: 'Tata Kelola SPBE', color: '#2563eb', slug: 'tata-kelola', description: null, position: 1, threadCount: 0 },
  ],
};

/** The framework the forum's indicator numbers refer to, with `count` indicators numbered from 1. */
export const forumIndicators = (count: number): ResultData<ForumIndicatorsQuery> => ({
  spbeFramework: {
    __typename: 'SpbeFramework',
    id: '1',
    code: 'SPBE-2020',
    indicators: Array.from({ length: count }, (_, i) => ({ __typename: 'SpbeIndicator', id: `i${i + 1}`, number: i + 1, name: `Indikator contoh ${i + 1}` })),
  },
});

export const meAs = (user: Person, role: Role = 'MEMBER'): { data: ResultData<MeQuery> } => ({
  data: { me: { ...user, role, organisation: null, email: null } },
});

export function notification(id: string, kind: NotificationKind, extra: Partial<NotificationData> = {}): NotificationData {
  return {
    __typename: 'Notification',
    id,
    kind,
    createdAt: '2026-11-29T08:00:00.000Z',
    readAt: null,
    link: null,
    text: null,
    actor: { __typename: 'User', id: '4', name: 'Diskominfo Sumedang', username: 'sumedang' },
    thread: { __typename: 'Thread', id: '3', title: 'Arsitektur SPBE' },
    post: { __typename: 'Post', id: 'p2', number: 2 },
    ...extra,
  };
}
