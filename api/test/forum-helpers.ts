import type { TestApp } from './harness.js';

export const CREATE_THREAD = `mutation($i: CreateThreadInput!) { createThread(input: $i) { id title type indicatorNumbers tags regions { code } replyCount lastPostNumber category { slug } author { id } } }`;
export const CREATE_POST = `mutation($i: CreatePostInput!) { createPost(input: $i) { id number body replyTo { id number } } }`;

export async function categoryId(app: TestApp, token: string, slug = 'umum'): Promise<string> {
  const res = await app.gql<{ categories: { id: string; slug: string }[] }>(`{ categories { id slug } }`, {}, { token });
  return res.data!.categories.find((c) => c.slug === slug)!.id;
}

export async function newThread(app: TestApp, token: string, input: Record<string, unknown> = {}) {
  const res = await app.gql<{ createThread: { id: string; title: string } }>(
    CREATE_THREAD,
    { i: { categoryId: await categoryId(app, token), title: 'Bagaimana menyusun Arsitektur SPBE?', body: 'Kami sedang menyusun **arsitektur** SPBE daerah.', ...input } },
    { token },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createThread;
}

export async function reply(app: TestApp, token: string, threadId: string, body: string, replyToPostId?: string) {
  const res = await app.gql<{ createPost: { id: string; number: number; body: string } }>(CREATE_POST, { i: { threadId, body, replyToPostId } }, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createPost;
}

export async function openingPostId(app: TestApp, token: string, threadId: string): Promise<string> {
  const res = await app.gql<{ thread: { posts: { edges: { node: { id: string } }[] } } }>(`query($id: ID!) { thread(id: $id) { posts(first: 1) { edges { node { id } } } } }`, { id: threadId }, { token });
  return res.data!.thread.posts.edges[0].node.id;
}
