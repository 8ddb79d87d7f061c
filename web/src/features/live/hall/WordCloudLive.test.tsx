import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@solidjs/testing-library';
import HallPage from './HallPage';
import { fakeClient } from '../../../test/fakeClient';
import { renderPage } from '../../../test/render';
import { liveEvent, liveSession, poll } from '../../../test/liveFixtures';

const words = (...w: string[]) => w.map((word) => ({ __typename: 'WordCount' as const, word, count: 1 }));

describe('a word cloud, live', () => {
  it('shows the first answer of an empty cloud as it arrives (issue 14, bug 1)', async () => {
    const choice = poll('1', 'Domain prioritas?', { words: [] });
    const cloud = poll('2', 'Satu kata?', { kind: 'WORDS', options: [], results: [], words: [], state: 'DRAFT' });
    const fake = fakeClient({ LiveSession: () => ({ data: { liveSession: liveSession([], { polls: [] }) } }) }, { cache: true });
    renderPage(() => <HallPage />, { client: fake.client, path: '/live/:code/layar', location: '/live/RAKOR62/layar' });
    await screen.findByTestId('hall-code');
    await waitFor(() => expect(fake.subscribed('LiveSessionEvents')).toBe(1));
    fake.emit('LiveSessionEvents', liveEvent('POLL_UPDATED', { poll: choice }));
    await screen.findByTestId('hall-poll-results');
    fake.emit('LiveSessionEvents', liveEvent('POLL_UPDATED', { poll: cloud }));
    fake.emit('LiveSessionEvents', liveEvent('POLL_UPDATED', { poll: { ...cloud, state: 'OPEN' } }));
    await waitFor(() => expect(screen.getByTestId('hall-poll-results')).toHaveTextContent('Satu kata?'));
    fake.emit('LiveSessionEvents', liveEvent('POLL_RESULTS', { poll: { ...cloud, state: 'OPEN', words: words('integrasi'), totalVotes: 1 } }));
    await waitFor(() => expect(within(screen.getByTestId('hall-poll-results')).getAllByTestId('poll-word').map((w) => w.textContent)).toEqual([expect.stringContaining('integrasi')]));
  });
});
