import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSignal } from 'solid-js';
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import ThreadPage from './ThreadPage';
import { replyDraftKey } from './ReplyComposer';
import { fakeClient, type FakeHandlers } from '../../../test/fakeClient';
import type { ThreadEventKind } from '../../../gql/graphql';
import { renderPage } from '../../../test/render';
import { belitungUser, meAs, post, postsPage, reaction, readState, sumedangUser, threadHeader, type PostData, type Person } from '../../../test/forumFixtures';
import { ReconnectContext } from '../../../lib/client/reconnect';

type PostEvent = { post: PostData | null; viewers: Person[] | null; typing: Person[] | null };

const posts = [
  post(1, '<p>Bagaimana menyusun <strong>arsitektur SPBE</strong>?</p>', {
    reactions: [reaction('👍', [belitungUser]), reaction('❤️', [belitungUser, sumedangUser], true)],
  }),
  post(2, null, { isDeleted: true, author: belitungUser }),
  post(3, '<p>promo</p>', { isHidden: true, hiddenReason: 'Iklan', author: belitungUser }),
  post(4, null, { isHidden: true }),
];

function setup(handlers: FakeHandlers = {}, header = threadHeader('3', 'Arsitektur SPBE', { lastPostNumber: 4, readState: readState(4, 4) })) {
  return fakeClient(
    {
      Me: () => meAs(belitungUser),
      ForumThread: () => ({ data: { thread: header } }),
      ForumPosts: () => ({ data: postsPage(posts, '3') }),
      UpdatePresence: () => ({ data: { updatePresence: true } }),
      MarkThreadRead: () => ({ data: { markThreadRead: { __typename: 'Thread', id: '3', readState: readState(4, 4) } } }),
      ...handlers,
    },
    { cache: true },
  );
}

const open = (client: ReturnType<typeof setup>['client'], location = '/forum/t/3') => renderPage(() => <ThreadPage />, { client, path: '/forum/t/:threadId', location });
const postEl = (n: number) => screen.getAllByTestId('post').find((el) => el.dataset.number === String(n))!;
const count = (n: number, name: string) => within(postEl(n)).getByTestId(`reaction-${name}`);

/** Lets a test say which posts are on screen. */
class FakeObserver {
  static last: FakeObserver | undefined;
  targets: Element[] = [];
  constructor(public callback: (entries: unknown[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  unobserve() {}
  disconnect() {}
  show(numbers: number[]) {
    const entries = this.targets
      .filter((el) => numbers.includes(Number((el as HTMLElement).dataset.number)))
      .map((target) => ({ target, isIntersecting: true, intersectionRatio: 1, rootBounds: { height: 740 }, intersectionRect: { height: 200 } }));
    this.callback(entries);
  }
}

describe('ThreadPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('renders posts in order with deleted and hidden states and reactions', async () => {
    const { client } = setup();
    open(client);
    await waitFor(() => expect(screen.getAllByTestId('post')).toHaveLength(4));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Arsitektur SPBE');
    expect(screen.getAllByTestId('post').map((p) => p.dataset.number)).toEqual(['1', '2', '3', '4']);
    expect(within(postEl(1)).getByTestId('post-body').innerHTML).toContain('<strong>arsitektur SPBE</strong>');
    expect(postEl(2)).toHaveTextContent('tulisan dihapus');
    expect(within(postEl(2)).queryByTestId('post-body')).toBeNull();
    expect(postEl(3)).toHaveTextContent('Disembunyikan moderator');
    expect(postEl(3)).toHaveTextContent('Alasan: Iklan');
    expect(within(postEl(3)).getByTestId('post-body')).toHaveTextContent('promo');
    expect(postEl(4)).toHaveTextContent('Disembunyikan moderator');
    expect(within(postEl(4)).queryByTestId('post-body')).toBeNull();
    expect(within(count(1, 'thumbs')).getByTestId('reaction-count')).toHaveTextContent('1');
    expect(count(1, 'thumbs')).toHaveAttribute('aria-pressed', 'false');
    expect(count(1, 'thumbs')).toHaveAttribute('title', '1 👍: Staf Belitung');
    expect(within(count(1, 'heart')).getByTestId('reaction-count')).toHaveTextContent('2');
    expect(count(1, 'heart')).toHaveAttribute('aria-pressed', 'true');
    expect(within(count(1, 'tada')).getByTestId('reaction-count')).toHaveTextContent('0');
    // No reactions on deleted or hidden posts.
    expect(within(postEl(2)).queryByTestId('reaction-thumbs')).toBeNull();
  });

  it('toggles a reaction and shows the new count', async () => {
    const { client, calls } = setup({
      ToggleReaction: () => ({ data: { toggleReaction: { ...posts[0], reactions: [reaction('👍', [belitungUser, sumedangUser], true), posts[0]!.reactions[1]] } } }),
    });
    open(client);
    await waitFor(() => expect(screen.getAllByTestId('post')).toHaveLength(4));
    await fireEvent.click(count(1, 'thumbs'));
    await waitFor(() => expect(within(count(1, 'thumbs')).getByTestId('reaction-count')).toHaveTextContent('2'));
    expect(count(1, 'thumbs')).toHaveAttribute('aria-pressed', 'true');
    expect(calls.find((c) => c.name === 'ToggleReaction')?.variables).toEqual({ input: { postId: 'p1', emoji: '👍' } });
  });

  it('appends live posts, updates reactions and shows who is viewing and typing', async () => {
    const { client, emit } = setup();
    open(client);
    await waitFor(() => expect(screen.getAllByTestId('post')).toHaveLength(4));
    const event = (kind: ThreadEventKind, extra: Partial<PostEvent>) => ({
      threadEvents: { __typename: 'ThreadEvent', kind, threadId: '3', thread: threadHeader('3', 'Arsitektur SPBE'), post: null, viewers: null, typing: null, ...extra },
    });
    emit('ForumThreadEvents', event('POST_ADDED', { post: post(5, '<p>Balasan baru</p>') }));
    await waitFor(() => expect(screen.getAllByTestId('post')).toHaveLength(5));
    expect(postEl(5)).toHaveTextContent('Balasan baru');
    emit('ForumThreadEvents', event('REACTIONS_CHANGED', { post: { ...posts[0], reactions: [reaction('👍', [belitungUser, sumedangUser])] } }));
    await waitFor(() => expect(within(count(1, 'thumbs')).getByTestId('reaction-count')).toHaveTextContent('2'));
    emit('ForumThreadEvents', event('PRESENCE', { viewers: [sumedangUser, belitungUser], typing: [sumedangUser] }));
    expect(await screen.findByTestId('viewers')).toHaveTextContent('Sedang melihat: Diskominfo Sumedang');
    expect(screen.getByTestId('viewers')).not.toHaveTextContent('Staf Belitung');
    expect(screen.getByTestId('typing-indicator')).toHaveTextContent('Diskominfo Sumedang sedang mengetik…');
    // Their post arriving ends the typing indicator.
    emit('ForumThreadEvents', event('POST_ADDED', { post: post(6, '<p>Sudah</p>', { author: sumedangUser }) }));
    await waitFor(() => expect(screen.queryByTestId('typing-indicator')).toBeNull());
  });

  it('opens at the first unread post (with five before it) and loads earlier posts on request', async () => {
    const header = threadHeader('3', 'Arsitektur SPBE', { lastPostNumber: 60, readState: readState(55, 60) });
    const { client, calls } = setup(
      {
        ForumPosts: (v) =>
          v.fromNumber === 51
            ? { data: postsPage(Array.from({ length: 10 }, (_, i) => post(i + 51, `<p>tulisan ${i + 51}</p>`)), '3') }
            : { data: postsPage(Array.from({ length: 50 }, (_, i) => post(i + 1, `<p>tulisan ${i + 1}</p>`)), '3', true) },
      },
      header,
    );
    open(client);
    await waitFor(() => expect(screen.getAllByTestId('post')).toHaveLength(10));
    expect(calls.find((c) => c.name === 'ForumPosts')?.variables).toMatchObject({ id: '3', fromNumber: 51, first: 50 });
    // The divider sits right above the first unread post.
    expect(screen.getByTestId('unread-divider').nextElementSibling).toHaveAttribute('data-number', '56');
    await fireEvent.click(screen.getByTestId('posts-earlier'));
    await waitFor(() => expect(screen.getAllByTestId('post')).toHaveLength(60));
    expect(calls.at(-1)).toMatchObject({ name: 'ForumPosts', variables: { fromNumber: 1, first: 50 } });
    expect(screen.getAllByTestId('post')[0]?.dataset.number).toBe('1');
    expect(screen.queryByTestId('posts-earlier')).toBeNull();
  });

  it('shows the accepted answer under the question and offers accepting to the asker', async () => {
    const answer = { __typename: 'Post', id: 'p5', number: 5, excerpt: 'Pakai templat Kemenpan', author: belitungUser };
    const header = threadHeader('3', 'Arsitektur SPBE', { type: 'QUESTION', isAnswered: true, acceptedAnswer: answer, viewerCanAcceptAnswer: true, lastPostNumber: 5, readState: readState(5, 5) });
    const { client } = setup({ ForumPosts: () => ({ data: postsPage([posts[0]!, post(5, '<p>Pakai templat Kemenpan</p>', { id: 'p5', author: belitungUser })], '3') }) }, header);
    open(client);
    await waitFor(() => expect(screen.getAllByTestId('post')).toHaveLength(2));
    const accepted = screen.getByTestId('accepted-answer');
    expect(accepted).toHaveTextContent('Jawaban terpilih dari Staf Belitung');
    expect(accepted).toHaveTextContent('Pakai templat Kemenpan');
    expect(within(postEl(5)).getByTestId('accept-answer')).toHaveAttribute('aria-pressed', 'true');
    expect(within(postEl(1)).queryByTestId('accept-answer')).toBeNull();
  });

  it('restores the reply draft, sends it and clears it', async () => {
    const key = replyDraftKey('7', '3');
    localStorage.setItem(key, JSON.stringify({ body: 'Draf yang tertinggal', replyTo: { id: 'p1', number: 1, authorName: 'Diskominfo Sumedang' } }));
    const { client, calls } = setup({ CreatePost: () => ({ data: { createPost: { ...post(5, '<p>Draf yang tertinggal</p>', { author: belitungUser }), thread: { __typename: 'Thread', id: '3', replyCount: 4, lastPostNumber: 5, lastPostAt: '2026-11-29T09:00:00.000Z', readState: readState(5, 5) } } } }) });
    open(client);
    const input = await screen.findByTestId('reply-input');
    expect(input).toHaveValue('Draf yang tertinggal');
    expect(screen.getByTestId('reply-target')).toHaveTextContent('Membalas Diskominfo Sumedang (#1)');
    await waitFor(() => expect(screen.getAllByTestId('post')).toHaveLength(4));
    await fireEvent.click(screen.getByTestId('reply-submit'));
    await waitFor(() => expect(screen.getAllByTestId('post')).toHaveLength(5));
    expect(calls.find((c) => c.name === 'CreatePost')?.variables).toEqual({ input: { threadId: '3', body: 'Draf yang tertinggal', replyToPostId: 'p1' } });
    expect(input).toHaveValue('');
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('shows the server error when the thread is locked', async () => {
    const { client } = setup({
      CreatePost: () => ({ errors: [{ message: 'This thread is locked; no new replies', extensions: { code: 'FORBIDDEN', i18n: { id: 'Topik ini dikunci; tidak bisa dibalas', en: 'This thread is locked; no new replies' } } }] }),
    });
    open(client);
    const input = await screen.findByTestId('reply-input');
    await fireEvent.input(input, { target: { value: 'Boleh tanya?' } });
    await fireEvent.click(screen.getByTestId('reply-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Topik ini dikunci; tidak bisa dibalas');
    expect(input).toHaveValue('Boleh tanya?');
  });

  it('marks posts read as they come into view, at most once a second', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const header = threadHeader('3', 'Arsitektur SPBE', { lastPostNumber: 4, readState: readState(2, 4) });
    const { client, calls } = setup({}, header);
    open(client);
    await waitFor(() => expect(screen.getAllByTestId('post')).toHaveLength(4));
    FakeObserver.last!.show([3]);
    FakeObserver.last!.show([3, 4]);
    await waitFor(() => expect(calls.filter((c) => c.name === 'MarkThreadRead')).toHaveLength(1), { timeout: 2500 });
    expect(calls.find((c) => c.name === 'MarkThreadRead')?.variables).toEqual({ threadId: '3', postNumber: 4 });
  });

  it('catches up after the socket reconnects: thread and posts again, from the network', async () => {
    const [reconnects, setReconnects] = createSignal(0);
    const { client, calls } = setup();
    renderPage(
      () => (
        <ReconnectContext.Provider value={reconnects}>
          <ThreadPage />
        </ReconnectContext.Provider>
      ),
      { client, path: '/forum/t/:threadId', location: '/forum/t/3' },
    );
    await waitFor(() => expect(screen.getAllByTestId('post')).toHaveLength(4));
    const before = calls.length;
    setReconnects(1);
    await waitFor(() => expect(calls.slice(before).map((c) => c.name)).toEqual(expect.arrayContaining(['ForumThread', 'ForumPosts', 'UpdatePresence'])));
    expect(calls.slice(before).find((c) => c.name === 'ForumPosts')?.variables).toMatchObject({ fromNumber: 1 });
  });
});
