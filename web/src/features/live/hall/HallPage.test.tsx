import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@solidjs/testing-library';
import HallPage from './HallPage';
import { qrPath } from './QrCode';
import { fakeClient } from '../../../test/fakeClient';
import { renderPage } from '../../../test/render';
import { liveEvent, liveSession, poll, question, votes } from '../../../test/liveFixtures';

function open(session: ReturnType<typeof liveSession>) {
  const fake = fakeClient({ LiveSession: () => ({ data: { liveSession: session } }) }, { cache: true });
  renderPage(() => <HallPage />, { client: fake.client, path: '/live/:code/layar', location: '/live/RAKOR62/layar' });
  return fake;
}

describe('HallPage', () => {
  it('shows the join code, a QR code of the join address and the highlighted question', async () => {
    const highlighted = question('2', 'Bagaimana replikasi aplikasi antardaerah?', { isHighlighted: true, voteCount: 12 });
    open(liveSession([question('1', 'Lain'), highlighted], { highlightedQuestion: highlighted, viewerIsModerator: true }));
    const focus = await screen.findByTestId('hall-highlight');
    expect(focus).toHaveTextContent('Bagaimana replikasi aplikasi antardaerah?');
    expect(focus).toHaveTextContent('Diskominfo Sumedang');
    expect(focus).toHaveTextContent('12 dukungan');
    expect(screen.getByTestId('hall-code')).toHaveTextContent('#RAKOR62');

    const qr = screen.getByTestId('hall-qr');
    expect(qr.tagName.toLowerCase()).toBe('svg');
    const url = `${window.location.origin}/live/RAKOR62`;
    expect(qr).toHaveAttribute('data-value', url);
    expect(qr).toHaveAttribute('aria-label', expect.stringContaining(url));
    const path = qr.querySelector('path')!.getAttribute('d')!;
    expect(path).toBe(qrPath(url).d);
    expect(path.length).toBeGreaterThan(100);
    expect(screen.getByTestId('participant-count')).toHaveTextContent('3');
  });

  it('shows the top questions live, then an opened poll, then a new highlight', async () => {
    const questions = Array.from({ length: 7 }, (_, i) => question(String(i + 1), `Pertanyaan ${i + 1}`, { voteCount: i }));
    const { emit } = open(liveSession(questions, { viewerIsModerator: true }));
    const top = () => screen.getAllByTestId('hall-question').map((el) => el.dataset.questionId);
    await waitFor(() => expect(top()).toEqual(['7', '6', '5', '4', '3']));
    await waitFor(() => expect(screen.getByTestId('hall-top')).toBeInTheDocument());
    emit('LiveSessionEvents', liveEvent('VOTES', { votes: votes(['1', 50]) }));
    await waitFor(() => expect(top()).toEqual(['1', '7', '6', '5', '4']));

    const results = [1, 2, 3].map((id) => ({ __typename: 'PollResult', optionId: id, label: `Opsi ${id}`, count: id }));
    emit('LiveSessionEvents', liveEvent('POLL_UPDATED', { poll: poll('8', 'Domain prioritas?', { results, totalVotes: 6 }) }));
    const shown = await screen.findByTestId('hall-poll-results');
    expect(shown).toHaveTextContent('Domain prioritas?');
    expect(within(shown).getAllByTestId('poll-result-count').map((el) => el.textContent)).toEqual(['1', '2', '3']);

    emit('LiveSessionEvents', liveEvent('HIGHLIGHT', { highlightedQuestionId: '4', question: { ...questions[3]!, isHighlighted: true } }));
    expect(await screen.findByTestId('hall-highlight')).toHaveTextContent('Pertanyaan 4');
    expect(screen.queryByTestId('hall-poll-results')).toBeNull();
  });

  it('keeps hidden poll results off the hall screen until the poll closes, then shows them', async () => {
    const hidden = poll('8', 'Rahasia dulu', { hideResultsUntilClosed: true, totalVotes: 4 });
    const { emit } = open(liveSession([], { polls: [hidden], viewerIsModerator: true }));
    const shown = await screen.findByTestId('hall-poll-results');
    expect(shown).toHaveTextContent('Hasil ditampilkan setelah jajak pendapat ditutup.');
    expect(within(shown).queryByTestId('poll-result')).toBeNull();

    emit('LiveSessionEvents', liveEvent('POLL_UPDATED', { poll: { ...hidden, state: 'CLOSED' } }));
    await waitFor(() => expect(within(screen.getByTestId('hall-poll-results')).getAllByTestId('poll-result')).toHaveLength(3));
    expect(screen.getByTestId('hall-poll-results')).toHaveTextContent('Hasil jajak pendapat');
  });

  it('shows only approved words of a word cloud, even to a moderator who sees the pending ones', async () => {
    const review = (word: string, status: 'PENDING' | 'APPROVED', count = 1) => ({ __typename: 'WordGroup' as const, word, status, count });
    const words = (...w: string[]) => w.map((word) => ({ __typename: 'WordCount' as const, word, count: 1 }));
    const cloud = poll('9', 'Satu kata?', { kind: 'WORDS', options: [], results: [], words: words('integrasi'), wordReview: [review('hoaks', 'PENDING'), review('integrasi', 'APPROVED')], totalVotes: 2 });
    const { emit } = open(liveSession([], { polls: [cloud], viewerIsModerator: true }));
    const shown = await screen.findByTestId('hall-poll-results');
    expect(shown).toHaveTextContent('integrasi');
    expect(shown).not.toHaveTextContent('hoaks');

    emit('LiveSessionEvents', liveEvent('POLL_RESULTS', { poll: { ...cloud, words: words('integrasi', 'data'), wordReview: [review('hoaks', 'PENDING'), review('integrasi', 'APPROVED'), review('data', 'APPROVED')] } }));
    await waitFor(() => expect(screen.getByTestId('hall-poll-results')).toHaveTextContent('data'));
    expect(screen.getByTestId('hall-poll-results')).not.toHaveTextContent('hoaks');
  });
});
