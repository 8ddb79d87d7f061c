/** Schema-shaped forum data for component tests (with __typename, as graphcache needs). */
export const person = (id: string, name: string, username: string, region: { code: string; name: string } | null = null) => ({
  __typename: 'User' as const,
  id,
  name,
  username,
  region: region ? { __typename: 'Region' as const, ...region } : null,
});

export const sumedangUser = person('4', 'Diskominfo Sumedang', 'sumedang', { code: '32.11', name: 'Kabupaten Sumedang' });
export const belitungUser = person('7', 'Staf Belitung', 'anggota_belitung', { code: '19.02', name: 'Kabupaten Belitung' });

export const category = { __typename: 'Category' as const, id: '1', name: 'Umum', color: '#475569' };

export const readState = (lastRead: number, lastPost: number, level = 'TRACKING') => ({
  __typename: 'ThreadReadState' as const,
  level,
  lastReadPostNumber: lastRead,
  unreadCount: level === 'MUTED' ? 0 : Math.max(0, lastPost - lastRead),
  firstUnreadPostNumber: lastRead < lastPost ? lastRead + 1 : null,
});

export function threadRow(id: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Thread' as const,
    id,
    type: 'DISCUSSION',
    title,
    tags: [] as string[],
    indicatorNumbers: [] as number[],
    isPinned: false,
    isLocked: false,
    isAnswered: false,
    replyCount: 0,
    lastPostNumber: 1,
    lastPostAt: '2026-11-29T08:00:00.000Z',
    createdAt: '2026-11-29T08:00:00.000Z',
    category,
    author: { __typename: 'User' as const, id: '4', name: 'Diskominfo Sumedang', username: 'sumedang' },
    regions: [] as unknown[],
    readState: readState(0, 1),
    ...extra,
  };
}

export function threadHeader(id: string, title: string, extra: Record<string, unknown> = {}) {
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

type Reaction = { emoji: string; count: number; reactedByMe: boolean; users: ReturnType<typeof person>[] };

export function post(number: number, body: string | null, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Post' as const,
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
    reactions: [] as Reaction[],
    ...extra,
  };
}

export const reaction = (emoji: string, users: ReturnType<typeof person>[], reactedByMe = false): Reaction & { __typename: 'ReactionSummary' } => ({
  __typename: 'ReactionSummary',
  emoji,
  count: users.length,
  reactedByMe,
  users,
});

export function postsPage(posts: ReturnType<typeof post>[], threadId: string, hasNextPage = false) {
  return {
    thread: {
      __typename: 'Thread' as const,
      id: threadId,
      lastPostNumber: posts.at(-1)?.number ?? 0,
      posts: {
        __typename: 'PostConnection' as const,
        totalCount: posts.at(-1)?.number ?? 0,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage },
        edges: posts.map((node) => ({ __typename: 'PostEdge' as const, node })),
      },
    },
  };
}

export function threadsPage(rows: ReturnType<typeof threadRow>[], totalCount = rows.length, hasNextPage = false) {
  return {
    threads: {
      __typename: 'ThreadConnection' as const,
      totalCount,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: hasNextPage ? `o:${rows.length}` : null },
      edges: rows.map((node, i) => ({ __typename: 'ThreadEdge' as const, cursor: `o:${i + 1}`, node })),
    },
  };
}

export const categories = {
  categories: [
    { ...category, slug: 'umum', description: 'Diskusi umum', position: 0, threadCount: 1 },
    { __typename: 'Category' as const, id: '2', name: 'Tata Kelola SPBE', color: '#2563eb', slug: 'tata-kelola', description: null, position: 1, threadCount: 0 },
  ],
};

export const meAs = (user: ReturnType<typeof person>, role = 'MEMBER') => ({
  data: { me: { ...user, role, organisation: null, email: null } },
});

export function notification(id: string, kind: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Notification' as const,
    id,
    kind,
    createdAt: '2026-11-29T08:00:00.000Z',
    readAt: null,
    actor: { __typename: 'User' as const, id: '4', name: 'Diskominfo Sumedang', username: 'sumedang' },
    thread: { __typename: 'Thread' as const, id: '3', title: 'Arsitektur SPBE' },
    post: { __typename: 'Post' as const, id: 'p2', number: 2 },
    ...extra,
  };
}
