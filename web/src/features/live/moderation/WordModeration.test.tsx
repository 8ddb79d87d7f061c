import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import ModerationPage from './ModerationPage';
import { parseBlockedWords } from './WordFilter';
import { fakeClient } from '../../../test/fakeClient';
import { renderPage } from '../../../test/render';
import { meAs, person } from '../../../test/forumFixtures';
import { liveSession, poll } from '../../../test/liveFixtures';

const facilitator = person('2', 'Fasilitator KemenPAN-RB', 'fasilitator');
type Status = 'PENDING' | 'APPROVED' | 'HIDDEN' | 'REJECTED';
const group = (word: string, status: Status, count = 1) => ({ __typename: 'WordGroup' as const, word, status, count });
const cloud = (review: ReturnType<typeof group>[]) =>
  poll('9', 'Satu kata untuk SPBE?', {
    kind: 'WORDS',
    options: [],
    results: [],
    words: review.filter((g) => g.status === 'APPROVED').map((g) => ({ __typename: 'WordCount' as const, word: g.word, count: g.count })),
    wordReview: review,
  });

function open() {
  const fake = fakeClient(
    {
      Me: () => meAs(facilitator, 'FACILITATOR'),
      LiveSession: () => ({ data: { liveSession: liveSession([], { viewerIsModerator: true, blockedWords: ['anjing', 'tolol'], polls: [cloud([group('hoaks', 'PENDING', 2), group('integrasi', 'APPROVED', 3)])] }) } }),
      ModerateWord: () => ({ data: { moderateWord: cloud([group('hoaks', 'APPROVED', 2), group('integrasi', 'APPROVED', 3)]) } }),
      SetWordReview: (v) => ({ data: { setWordReview: { __typename: 'LiveSession', id: '5', reviewWords: v.reviewWords as boolean } } }),
      SetBlockedWords: (v) => ({ data: { setBlockedWords: { __typename: 'LiveSession', id: '5', blockedWords: [...(v.input as { words: string[] }).words].sort() } } }),
    },
    { cache: true },
  );
  renderPage(() => <ModerationPage />, { client: fake.client, path: '/live/:code/moderasi', location: '/live/RAKOR62/moderasi' });
  return fake;
}

describe('word-cloud moderation', () => {
  it('lists pending words with counts and approves one, which then shows in the cloud', async () => {
    const { calls } = open();
    const pending = await screen.findByTestId('words-PENDING');
    expect(pending).toHaveTextContent('Menunggu (2)');
    const row = within(pending).getByTestId('word-group');
    expect(row).toHaveTextContent('hoaks');
    expect(within(row).getByRole('button', { name: 'Tolak “hoaks”' })).toBeInTheDocument();
    expect(within(screen.getByTestId('words-APPROVED')).getByRole('button', { name: 'Sembunyikan “integrasi”' })).toBeInTheDocument();

    await fireEvent.click(within(row).getByTestId('word-approve'));
    await waitFor(() => expect(screen.queryByTestId('words-PENDING')).toBeNull());
    expect(calls.find((c) => c.name === 'ModerateWord')?.variables).toEqual({ input: { pollId: '9', word: 'hoaks', action: 'APPROVE' } });
    expect(screen.getByTestId('words-APPROVED')).toHaveTextContent('Di awan kata (5)');
  });

  it('turns review on and saves the blocked-words list', async () => {
    const { calls } = open();
    const toggle = await screen.findByLabelText('Tinjau jawaban sebelum tampil di awan kata');
    expect(toggle).not.toBeChecked();
    await fireEvent.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect(calls.find((c) => c.name === 'SetWordReview')?.variables).toEqual({ sessionId: '5', reviewWords: true });

    const list = screen.getByLabelText('Kata terlarang');
    expect(list).toHaveValue('anjing, tolol');
    await fireEvent.input(list, { target: { value: 'Tolol, bangsat\nanjing tolol' } });
    await fireEvent.click(screen.getByTestId('blocked-words-save'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Tersimpan'));
    expect(calls.find((c) => c.name === 'SetBlockedWords')?.variables).toEqual({ input: { sessionId: '5', words: ['tolol', 'bangsat', 'anjing'] } });
    expect(list).toHaveValue('anjing, bangsat, tolol');
  });

  it('splits a typed list as the server stores it', () => {
    expect(parseBlockedWords(' Anjing,,bangsat;\n babi ANJING ')).toEqual(['anjing', 'bangsat', 'babi']);
  });
});
