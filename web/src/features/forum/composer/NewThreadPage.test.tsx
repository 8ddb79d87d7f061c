import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import NewThreadPage from './NewThreadPage';
import { draftKey } from '../../../lib/drafts';
import { fakeClient } from '../../../test/fakeClient';
import { renderPage } from '../../../test/render';
import { categories, forumIndicators, meAs, sumedangUser, threadRow } from '../../../test/forumFixtures';

function setup() {
  return fakeClient({
    Me: () => meAs(sumedangUser, 'REGION_ADMIN'),
    ForumCategories: () => ({ data: categories }),
    ForumIndicators: () => ({ data: forumIndicators(12) }),
    CreateThread: () => ({ data: { createThread: threadRow('9', 'Berbagi arsitektur SPBE') } }),
  });
}

describe('NewThreadPage', () => {
  it('restores the draft from localStorage and clears it once the topic is published', async () => {
    const key = draftKey('4', 'new-thread');
    const draft = { categoryId: '2', title: 'Berbagi arsitektur SPBE', type: 'QUESTION', body: 'Isi draf', indicators: '1, 12', regions: '32.11', tags: 'arsitektur' };
    localStorage.setItem(key, JSON.stringify(draft));
    const { client, calls } = setup();
    const { history } = renderPage(() => <NewThreadPage />, { client, location: '/forum/baru' });
    expect(await screen.findByTestId('thread-title-input')).toHaveValue('Berbagi arsitektur SPBE');
    expect(screen.getByTestId('thread-body-input')).toHaveValue('Isi draf');
    expect(screen.getByTestId('draft-restored')).toBeInTheDocument();
    expect(screen.getByText('23/200 karakter (minimal 5)')).toBeInTheDocument();
    await screen.findByRole('option', { name: 'Tata Kelola SPBE' });
    await fireEvent.click(screen.getByTestId('thread-submit'));
    await waitFor(() => expect(history.get()).toBe('/forum/t/9'));
    expect(calls.find((c) => c.name === 'CreateThread')?.variables).toEqual({
      input: { categoryId: '2', title: 'Berbagi arsitektur SPBE', body: 'Isi draf', type: 'QUESTION', indicatorNumbers: [1, 12], regionCodes: ['32.11'], tags: ['arsitektur'] },
    });
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('keeps typing as a draft and checks the title length before sending', async () => {
    const { client, calls } = setup();
    renderPage(() => <NewThreadPage />, { client, location: '/forum/baru?kategori=1' });
    const title = await screen.findByTestId('thread-title-input');
    await fireEvent.input(title, { target: { value: 'Hai' } });
    await fireEvent.input(screen.getByTestId('thread-body-input'), { target: { value: 'Isi' } });
    await fireEvent.click(screen.getByTestId('thread-submit'));
    expect(screen.getByRole('alert')).toHaveTextContent('Judul harus 5 sampai 200 karakter.');
    expect(calls.some((c) => c.name === 'CreateThread')).toBe(false);
    await waitFor(() => expect(JSON.parse(localStorage.getItem(draftKey('4', 'new-thread')) ?? '{}')).toMatchObject({ categoryId: '1', title: 'Hai', body: 'Isi' }));
  });

  it("checks indicator numbers against the framework's, not a fixed count", async () => {
    const { client, calls } = setup();
    renderPage(() => <NewThreadPage />, { client, location: '/forum/baru?kategori=1' });
    await fireEvent.input(await screen.findByTestId('thread-title-input'), { target: { value: 'Arsitektur SPBE' } });
    await fireEvent.input(screen.getByTestId('thread-body-input'), { target: { value: 'Isi' } });
    await fireEvent.input(screen.getByTestId('thread-indicators-input'), { target: { value: '3, 13' } });
    expect(await screen.findByText('1 sampai 12, pisahkan dengan koma')).toBeInTheDocument();
    await fireEvent.click(screen.getByTestId('thread-submit'));
    expect(screen.getByRole('alert')).toHaveTextContent('Nomor indikator harus 1 sampai 12. Tidak sesuai: 13');
    expect(calls.some((c) => c.name === 'CreateThread')).toBe(false);
  });
});
