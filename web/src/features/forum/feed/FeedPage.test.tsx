import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import FeedPage from './FeedPage';
import type { FeedEventKind } from '../../../gql/graphql';
import { fakeClient } from '../../../test/fakeClient';
import { renderPage } from '../../../test/render';
import { categories, forumIndicators, meAs, readState, sumedangUser, threadRow, threadsPage } from '../../../test/forumFixtures';

const older = threadRow('1', 'Tata kelola data', { readState: readState(2, 5), replyCount: 4, lastPostNumber: 5, isPinned: true });
const newer = threadRow('2', 'Arsitektur SPBE kabupaten', { type: 'QUESTION' });

function setup() {
  let created = false;
  const fake = fakeClient(
    {
      Me: () => meAs(sumedangUser),
      ForumCategories: () => ({ data: categories }),
      ForumIndicators: () => ({ data: forumIndicators(12) }),
      ForumThreads: () => ({ data: threadsPage(created ? [newer, older] : [older]) }),
    },
    { cache: true },
  );
  return { ...fake, create: () => (created = true) };
}

const ids = () => screen.getAllByTestId('thread-row').map((r) => r.dataset.threadId);
const feedEvent = (kind: FeedEventKind, thread: typeof newer) => ({ feedEvents: { __typename: 'FeedEvent', kind, threadId: thread.id, categoryId: '1', thread } });

describe('FeedPage', () => {
  it('shows the first topic of an empty list at once, without a "new topics" bar above "none yet"', async () => {
    let created = false;
    const { client, emit } = fakeClient(
      {
        Me: () => meAs(sumedangUser),
        ForumCategories: () => ({ data: categories }),
        ForumIndicators: () => ({ data: forumIndicators(12) }),
        ForumThreads: () => ({ data: threadsPage(created ? [newer] : []) }),
      },
      { cache: true },
    );
    renderPage(() => <FeedPage />, { client, path: '/forum', location: '/forum' });
    expect(await screen.findByText('Belum ada topik di sini.', { exact: false })).toBeInTheDocument();
    created = true;
    emit('ForumFeedEvents', feedEvent('THREAD_CREATED', newer));
    await waitFor(() => expect(ids()).toEqual(['2']));
    expect(screen.queryByTestId('feed-new-topics')).toBeNull();
  });

  it('lists threads with badges, reply count and unread count', async () => {
    const { client, calls } = setup();
    renderPage(() => <FeedPage />, { client, path: '/forum', location: '/forum' });
    await waitFor(() => expect(ids()).toEqual(['1']));
    const row = screen.getByTestId('thread-row');
    expect(row).toHaveTextContent('Tata kelola data');
    expect(row).toHaveTextContent('Umum');
    expect(row).toHaveTextContent('Diskusi');
    expect(screen.getByTestId('thread-unread')).toHaveTextContent('3');
    expect(screen.getByTestId('thread-replies')).toHaveTextContent('4');
    expect(screen.getByTestId('thread-pinned')).toBeInTheDocument();
    expect(calls.find((c) => c.name === 'ForumThreads')?.variables).toMatchObject({ first: 20, sort: 'LATEST_ACTIVITY', categoryId: null });
  });

  it("follows the user's read state from other tabs: reading there clears the unread count here", async () => {
    const { client, emit } = setup();
    renderPage(() => <FeedPage />, { client, path: '/forum', location: '/forum' });
    await waitFor(() => expect(screen.getByTestId('thread-unread')).toHaveTextContent('3'));
    emit('MyReadStates', { myReadStates: { __typename: 'Thread', id: '1', readState: readState(4, 5) } });
    await waitFor(() => expect(screen.getByTestId('thread-unread')).toHaveTextContent('1'));
    emit('MyReadStates', { myReadStates: { __typename: 'Thread', id: '1', readState: readState(5, 5) } });
    await waitFor(() => expect(screen.queryByTestId('thread-unread')).toBeNull());
  });

  it('applies a live feed event: a "new topics" bar that shows the new thread on click', async () => {
    const { client, emit, create } = setup();
    renderPage(() => <FeedPage />, { client, path: '/forum', location: '/forum' });
    await waitFor(() => expect(ids()).toEqual(['1']));
    create();
    emit('ForumFeedEvents', feedEvent('THREAD_CREATED', newer));
    const bar = await screen.findByTestId('feed-new-topics');
    expect(bar).toHaveTextContent('1 topik baru atau diperbarui — tampilkan');
    await fireEvent.click(bar);
    await waitFor(() => expect(ids()).toEqual(['2', '1']));
    expect(screen.queryByTestId('feed-new-topics')).toBeNull();
    expect(screen.getAllByTestId('thread-new')).toHaveLength(1);
    expect(screen.getAllByTestId('thread-row')[0]).toHaveTextContent('Pertanyaan');
  });

  it('ignores live threads outside the filters and passes the filters to the query', async () => {
    const { client, emit, calls } = setup();
    renderPage(() => <FeedPage />, { client, path: '/forum', location: '/forum?jenis=QUESTION&indikator=12&belum=1&urut=NEWEST' });
    await waitFor(() => expect(ids()).toEqual(['1']));
    expect(calls.find((c) => c.name === 'ForumThreads')?.variables).toMatchObject({ type: 'QUESTION', indicator: 12, unanswered: true, sort: 'NEWEST' });
    emit('ForumFeedEvents', feedEvent('THREAD_CREATED', newer));
    // Events are handled in order: once the matching one shows, the one before it has been judged too.
    const matching = threadRow('3', 'Data kependudukan terpadu', { type: 'QUESTION', indicatorNumbers: [12] });
    emit('ForumFeedEvents', feedEvent('THREAD_CREATED', matching));
    const bar = await screen.findByTestId('feed-new-topics');
    expect(bar).toHaveTextContent('1 topik baru atau diperbarui');
  });

  it("lists the framework's indicators by number and name, and drops a number it does not have", async () => {
    const { client, calls } = setup();
    renderPage(() => <FeedPage />, { client, path: '/forum', location: '/forum?indikator=30' });
    expect(await screen.findByRole('option', { name: '12. Indikator contoh 12' })).toBeInTheDocument();
    const options = within(screen.getByTestId('filter-indicator')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Semua indikator', ...Array.from({ length: 12 }, (_, i) => `${i + 1}. Indikator contoh ${i + 1}`)]);
    expect(calls.find((c) => c.name === 'ForumIndicators')?.variables).toEqual({ code: 'SPBE-2020' });
    await waitFor(() => expect(calls.filter((c) => c.name === 'ForumThreads').at(-1)?.variables).toMatchObject({ indicator: null }));
  });
});
