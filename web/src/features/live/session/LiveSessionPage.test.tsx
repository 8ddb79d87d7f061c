import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import LiveSessionPage from './LiveSessionPage';
import { fakeClient, type FakeHandlers } from '../../../test/fakeClient';
import { renderPage } from '../../../test/render';
import { liveEvent, liveSession, question, votes, type LiveSessionData, type QuestionData } from '../../../test/liveFixtures';

function setup(initial: QuestionData[], handlers: FakeHandlers = {}, extra: Partial<LiveSessionData> = {}) {
  let session = liveSession(initial, extra);
  const fake = fakeClient(
    {
      Me: () => ({ data: { me: null } }),
      LiveSession: () => ({ data: { liveSession: session } }),
      ...handlers,
    },
    { cache: true },
  );
  renderPage(() => <LiveSessionPage />, { client: fake.client, path: '/live/:code', location: '/live/rakor62' });
  return { ...fake, serve: (next: Partial<ReturnType<typeof liveSession>>) => (session = { ...session, ...next }) };
}

const ids = () => screen.getAllByTestId('question').map((el) => el.dataset.questionId);
const item = (id: string) => screen.getAllByTestId('question').find((el) => el.dataset.questionId === id)!;
const count = (id: string) => within(item(id)).getByTestId('question-votes').textContent;

describe('LiveSessionPage', () => {
  it('applies a VOTES event to the counts and re-sorts the popular list', async () => {
    const { emit, calls } = setup([question('1', 'Pertama', { voteCount: 5 }), question('2', 'Kedua', { voteCount: 2 }), question('3', 'Ketiga')]);
    await waitFor(() => expect(ids()).toEqual(['1', '2', '3']));
    expect(calls.find((c) => c.name === 'LiveSession')?.variables).toEqual({ code: 'RAKOR62' });
    await waitFor(() => expect(calls.some((c) => c.name === 'LiveSessionEvents' && c.variables.sessionId === '5')).toBe(true));

    const third = item('3');
    emit('LiveSessionEvents', liveEvent('VOTES', { votes: votes(['3', 9], ['2', 1]) }));
    await waitFor(() => expect(ids()).toEqual(['3', '1', '2']));
    // Moved, not re-created: the item keeps its element (so it can glide to its new place).
    expect(item('3')).toBe(third);
    expect(count('3')).toBe('9');
    expect(count('2')).toBe('1');
    expect(count('1')).toBe('5');

    // "Terbaru" orders by time instead, newest first.
    await fireEvent.click(screen.getByTestId('questions-sort-recent'));
    expect(ids()).toEqual(['3', '2', '1']);
  });

  it('shows "Anonim" for anonymous questions and the asker with region otherwise', async () => {
    setup([question('1', 'Rahasia', { anonymous: true, askedBy: null }), question('2', 'Terbuka')]);
    await waitFor(() => expect(ids()).toHaveLength(2));
    expect(within(item('1')).getByTestId('question-asker')).toHaveTextContent('Anonim');
    expect(item('2')).toHaveTextContent('Diskominfo Sumedang');
    expect(item('2')).toHaveTextContent('Kabupaten Sumedang');
  });

  it('adds questions from events and reads the list again when one is no longer visible', async () => {
    const { emit, calls, serve } = setup([question('1', 'Pertama')]);
    await waitFor(() => expect(ids()).toEqual(['1']));
    emit('LiveSessionEvents', liveEvent('QUESTION_ADDED', { question: question('2', 'Baru masuk', { voteCount: 1 }) }));
    await waitFor(() => expect(ids()).toEqual(['2', '1']));
    expect(item('2')).toHaveTextContent('Baru masuk');

    const before = calls.filter((c) => c.name === 'LiveSession').length;
    serve({ questions: [question('1', 'Pertama')] });
    emit('LiveSessionEvents', liveEvent('QUESTION_UPDATED', { question: null }));
    await waitFor(() => expect(ids()).toEqual(['1']));
    expect(calls.filter((c) => c.name === 'LiveSession').length).toBeGreaterThan(before);
  });

  it('keeps the participant count live and says when the session closes', async () => {
    const { emit, serve } = setup([question('1', 'Pertama')]);
    await waitFor(() => expect(screen.getByTestId('participant-count')).toHaveTextContent('3'));
    emit('LiveSessionEvents', liveEvent('PRESENCE', { participantCount: 41 }));
    await waitFor(() => expect(screen.getByTestId('participant-count')).toHaveTextContent('41'));
    expect(screen.getByTestId('ask-input')).toBeInTheDocument();

    serve({ state: 'CLOSED', closedAt: '2026-11-29T10:00:00.000Z' });
    emit('LiveSessionEvents', liveEvent('SESSION_UPDATED'));
    expect(await screen.findByTestId('session-closed')).toHaveTextContent('Sesi ditutup');
    expect(screen.queryByTestId('ask-input')).toBeNull();
    expect(within(item('1')).getByTestId('question-vote')).toBeDisabled();
  });

  it('upvotes with the toggle and shows the server count', async () => {
    const { calls } = setup([question('1', 'Pertama', { voteCount: 5 })], {
      ToggleQuestionVote: () => ({ data: { toggleQuestionVote: { __typename: 'Question', id: '1', voteCount: 6, votedByMe: true } } }),
    });
    await waitFor(() => expect(ids()).toEqual(['1']));
    const vote = within(item('1')).getByTestId('question-vote');
    expect(vote).toHaveAttribute('aria-pressed', 'false');
    await fireEvent.click(vote);
    await waitFor(() => expect(vote).toHaveAttribute('aria-pressed', 'true'));
    expect(count('1')).toBe('6');
    expect(calls.find((c) => c.name === 'ToggleQuestionVote')?.variables).toEqual({ questionId: '1' });
  });

  it('asks a question with the counter, anonymously when allowed, and says it awaits approval', async () => {
    const { calls } = setup([], { AskQuestion: (v) => ({ data: { askQuestion: question('9', String(v.text), { status: 'PENDING', askedByMe: true, anonymous: true, askedBy: null }) } }) }, { preModeration: true });
    const input = await screen.findByTestId('ask-input');
    expect(screen.getByTestId('ask-submit')).toBeDisabled();
    await fireEvent.input(input, { target: { value: '  Kapan   tenggat  ' } });
    expect(screen.getByTestId('ask-input-count')).toHaveTextContent('13/500');
    expect(screen.queryByTestId('ask-anonymous-note')).toBeNull();
    await fireEvent.click(screen.getByTestId('ask-anonymous'));
    // The asker is told who still sees the name.
    expect(screen.getByTestId('ask-anonymous-note')).toHaveTextContent('moderator tetap melihat nama dan wilayah Anda');
    await fireEvent.click(screen.getByTestId('ask-submit'));
    expect(await screen.findByTestId('ask-sent')).toHaveTextContent('menunggu persetujuan moderator');
    expect(calls.find((c) => c.name === 'AskQuestion')?.variables).toEqual({ sessionId: '5', text: 'Kapan tenggat', anonymous: true });
    await waitFor(() => expect(ids()).toEqual(['9']));
    expect(within(item('9')).getByTestId('question-pending')).toBeInTheDocument();
    expect(within(item('9')).getByTestId('question-asker')).toHaveTextContent('Anonim');

    await fireEvent.input(screen.getByTestId('ask-input'), { target: { value: 'x'.repeat(501) } });
    expect(screen.getByTestId('ask-submit')).toBeDisabled();
    expect(screen.getByTestId('ask-input-count')).toHaveTextContent('501/500');
  });

  it('offers the guest join form when the viewer has not joined', async () => {
    const denied = { errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] };
    const { calls } = setup([], {
      LiveSession: () => denied,
      LiveSessionPreview: () => ({ data: { liveSessionPreview: { __typename: 'LiveSessionPreview', code: 'RAKOR62', title: 'Tanya jawab', meetingTitle: 'Rakor', state: 'OPEN', allowGuests: true } } }),
    });
    expect(await screen.findByTestId('guest-name-input')).toBeInTheDocument();
    expect(screen.getByTestId('join-code-input')).toHaveValue('#RAKOR62');
    expect(calls.find((c) => c.name === 'LiveSessionPreview')?.variables).toEqual({ code: 'RAKOR62' });
    expect(calls.some((c) => c.name === 'JoinLiveSession')).toBe(false);
    expect(calls.some((c) => c.name === 'LiveSessionEvents')).toBe(false);
  });
});
