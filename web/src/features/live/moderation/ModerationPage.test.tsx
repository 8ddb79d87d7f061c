import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import ModerationPage from './ModerationPage';
import { fakeClient } from '../../../test/fakeClient';
import { renderPage } from '../../../test/render';
import { meAs, person } from '../../../test/forumFixtures';
import { liveSession, poll, question } from '../../../test/liveFixtures';

const facilitator = person('2', 'Fasilitator KemenPAN-RB', 'fasilitator');
const pending = question('1', 'Menunggu', { status: 'PENDING' });
const showing = question('2', 'Sedang tampil', { voteCount: 4 });

function open() {
  const fake = fakeClient(
    {
      Me: () => meAs(facilitator, 'FACILITATOR'),
      LiveSession: () => ({ data: { liveSession: liveSession([pending, showing], { viewerIsModerator: true }) } }),
      ModerateQuestion: (v) => {
        const input = v.input as { questionId: string; action: string };
        const base = input.questionId === '1' ? pending : showing;
        const changes: Record<string, Record<string, unknown>> = {
          APPROVE: { status: 'LIVE' },
          HIGHLIGHT: { isHighlighted: true },
          MARK_ANSWERED: { status: 'ANSWERED', isAnswered: true, isHighlighted: true },
        };
        return { data: { moderateQuestion: { ...base, ...changes[input.action] } } };
      },
      CreatePoll: (v) => {
        const input = v.input as { title: string };
        return { data: { createPoll: poll('7', input.title, { state: 'DRAFT', results: null }) } };
      },
    },
    { cache: true },
  );
  renderPage(() => <ModerationPage />, { client: fake.client, path: '/live/:code/moderasi', location: '/live/RAKOR62/moderasi' });
  return fake;
}

const tab = (name: string) => screen.getByTestId(`mod-tab-${name}`);

describe('ModerationPage', () => {
  it('approves from the queue, highlights and marks answered', async () => {
    const { calls } = open();
    await waitFor(() => expect(tab('live')).toHaveTextContent('Tampil 1'));
    expect(tab('pending')).toHaveTextContent('Antrean 1');
    await fireEvent.click(tab('pending'));
    const queued = screen.getByTestId('question');
    expect(queued).toHaveTextContent('Menunggu');
    await fireEvent.click(within(queued).getByTestId('mod-approve'));
    await waitFor(() => expect(tab('live')).toHaveTextContent('Tampil 2'));
    expect(tab('pending')).toHaveTextContent('Antrean 0');
    expect(calls.find((c) => c.name === 'ModerateQuestion')?.variables).toEqual({ input: { questionId: '1', action: 'APPROVE' } });

    await fireEvent.click(tab('live'));
    const item = () => screen.getAllByTestId('question').find((el) => el.dataset.questionId === '2')!;
    await fireEvent.click(within(item()).getByTestId('mod-highlight'));
    await waitFor(() => expect(within(item()).getByTestId('mod-highlight')).toHaveTextContent('Hapus sorot'));
    await fireEvent.click(within(item()).getByTestId('mod-answered'));
    await waitFor(() => expect(tab('answered')).toHaveTextContent('Terjawab 1'));
  });

  it('creates a poll as a draft with its options', async () => {
    const { calls } = open();
    await fireEvent.click(await screen.findByTestId('poll-create'));
    await fireEvent.input(screen.getByTestId('poll-title-input'), { target: { value: 'Domain prioritas?' } });
    const options = screen.getAllByTestId('poll-option-input');
    await fireEvent.input(options[0]!, { target: { value: 'Tata Kelola' } });
    await fireEvent.input(options[1]!, { target: { value: 'Layanan' } });
    await fireEvent.click(screen.getByTestId('poll-submit'));
    await waitFor(() => expect(screen.getAllByTestId('managed-poll')).toHaveLength(1));
    expect(screen.getByTestId('poll-state')).toHaveTextContent('Draf');
    expect(screen.getByTestId('poll-open')).toBeInTheDocument();
    expect(calls.find((c) => c.name === 'CreatePoll')?.variables).toEqual({
      input: { sessionId: '5', title: 'Domain prioritas?', kind: 'SINGLE', options: ['Tata Kelola', 'Layanan'], maxChoices: 1, hideResultsUntilClosed: false },
    });
  });
});
