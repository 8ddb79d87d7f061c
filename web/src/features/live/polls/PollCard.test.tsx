import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@solidjs/testing-library';
import { Provider } from '@urql/solid';
import { PollCard } from './PollCard';
import type { Poll } from '../types';
import { fakeClient, type FakeHandlers } from '../../../test/fakeClient';
import { option, poll } from '../../../test/liveFixtures';

function show(data: ReturnType<typeof poll>, handlers: FakeHandlers = {}, reviewed = false) {
  const fake = fakeClient(handlers);
  render(() => (
    <Provider value={fake.client}>
      <PollCard poll={data as unknown as Poll} closed={false} reviewed={reviewed} />
    </Provider>
  ));
  return fake;
}

const choices = () => screen.getAllByTestId('poll-choice') as HTMLInputElement[];

describe('PollCard', () => {
  it('lets a multiple choice poll take 1 to maxChoices options and sends them', async () => {
    const multiple = poll('4', 'Domain prioritas', { kind: 'MULTIPLE', maxChoices: 2, options: [option(1, 'A'), option(2, 'B'), option(3, 'C'), option(4, 'D')] });
    const { calls } = show(multiple, { VotePoll: () => ({ data: { votePoll: { ...multiple, myChoices: [1, 3], totalVotes: 1 } } }) });
    expect(choices()).toHaveLength(4);
    expect(choices().every((c) => c.type === 'checkbox')).toBe(true);
    expect(screen.getByTestId('poll-vote')).toBeDisabled();
    expect(screen.getByTestId('poll-hint')).toHaveTextContent('Pilih sampai 2 opsi (0 dipilih).');

    await fireEvent.click(choices()[0]!);
    await fireEvent.click(choices()[2]!);
    expect(screen.getByTestId('poll-hint')).toHaveTextContent('(2 dipilih)');
    // The limit is reached: the other options cannot be ticked.
    expect(choices()[1]).toBeDisabled();
    expect(choices()[3]).toBeDisabled();
    await fireEvent.click(choices()[3]!);
    expect(choices().filter((c) => c.checked)).toHaveLength(2);
    // Untick one and another becomes available.
    await fireEvent.click(choices()[0]!);
    expect(choices()[1]).not.toBeDisabled();
    await fireEvent.click(choices()[0]!);

    expect(screen.getByTestId('poll-vote')).not.toBeDisabled();
    await fireEvent.click(screen.getByTestId('poll-vote'));
    expect(calls.find((c) => c.name === 'VotePoll')?.variables).toEqual({ input: { pollId: '4', choices: [3, 1] } });
  });

  it('takes exactly one option in a single choice poll', async () => {
    show(poll('4', 'Satu saja'));
    expect(choices().every((c) => c.type === 'radio')).toBe(true);
    await fireEvent.click(choices()[0]!);
    await fireEvent.click(choices()[1]!);
    expect(choices().filter((c) => c.checked)).toHaveLength(1);
    expect(screen.getByTestId('poll-hint')).toHaveTextContent('Pilih satu.');
  });

  it('thanks voters and says hidden results come at closing', async () => {
    show(poll('4', 'Tersembunyi', { hideResultsUntilClosed: true, results: null, myChoices: [2], totalVotes: 7 }));
    expect(screen.getByTestId('poll-thanks')).toHaveTextContent('Terima kasih');
    expect(screen.getByTestId('poll-hidden')).toHaveTextContent('Hasil ditampilkan setelah jajak pendapat ditutup.');
    expect(screen.queryByTestId('poll-choice')).toBeNull();
  });

  it('tells a voter whose word-cloud answer waits for review that it shows once approved', () => {
    show(poll('7', 'Satu kata', { kind: 'WORDS', options: [], results: null, words: [], myChoices: [], totalVotes: 1 }), {}, true);
    expect(screen.getByTestId('poll-thanks')).toHaveTextContent('setelah disetujui moderator');
  });

  it('shows visible results after voting, and a word cloud sized by count', async () => {
    const results = [1, 2, 3].map((id) => ({ __typename: 'PollResult', optionId: id, label: `Opsi ${id}`, count: id === 2 ? 3 : 1 }));
    show(poll('4', 'Terlihat', { results, myChoices: [2], totalVotes: 5 }));
    expect(screen.getAllByTestId('poll-result-count').map((el) => el.textContent)).toEqual(['1', '3', '1']);
    expect(screen.getByTestId('poll-results')).toHaveTextContent('5 suara');
  });

  it('sizes words by their counts', () => {
    const words = [
      { __typename: 'WordCount', word: 'interoperabilitas', count: 4 },
      { __typename: 'WordCount', word: 'data', count: 1 },
    ];
    show(poll('6', 'Satu kata', { kind: 'WORDS', options: [], results: null, words, state: 'CLOSED', myChoices: [], totalVotes: 5 }));
    const [big, small] = screen.getAllByTestId('poll-word');
    expect(parseFloat(big!.style.fontSize)).toBeGreaterThan(parseFloat(small!.style.fontSize));
  });
});
