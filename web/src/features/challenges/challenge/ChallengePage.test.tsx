import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import ChallengePage from './ChallengePage';
import { fakeClient } from '../../../test/fakeClient';
import { renderPage } from '../../../test/render';
import { meAs, sumedangUser } from '../../../test/forumFixtures';
import { challengeFull, solutionFull } from '../../../test/challengeFixtures';

const proposed = solutionFull('31', 'Antrean daring lewat aplikasi desa');

function setup(location = '/tantangan/9?tab=solusi') {
  let solutions: ReturnType<typeof solutionFull>[] = [];
  const fake = fakeClient(
    {
      Me: () => meAs(sumedangUser, 'REGION_ADMIN'),
      Challenge: () => ({ data: challengeFull({ solutions, solutionCount: solutions.length }) }),
    },
    { cache: true },
  );
  renderPage(() => <ChallengePage />, { client: fake.client, path: '/tantangan/:id', location });
  return { ...fake, add: () => (solutions = [proposed]) };
}

describe('ChallengePage', () => {
  it('adds a solution proposed elsewhere without a reload and announces it politely', async () => {
    const { emit, subscribed, add, calls } = setup();
    expect(await screen.findByTestId('solutions-empty')).toBeInTheDocument();
    await waitFor(() => expect(subscribed('ChallengeEvents')).toBe(1));
    expect(calls.find((c) => c.name === 'ChallengeEvents')?.variables).toEqual({ challengeId: '9' });
    add();
    emit('ChallengeEvents', { challengeEvents: { __typename: 'ChallengeEvent', kind: 'SOLUTION_PROPOSED', challengeId: '9', solutionId: '31', userId: null, challenge: null, solution: proposed } });
    expect(await screen.findByText('Antrean daring lewat aplikasi desa')).toBeInTheDocument();
    const region = screen.getByTestId('challenge-live-region');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('Solusi baru: Antrean daring lewat aplikasi desa');
    await waitFor(() => expect(screen.getByTestId('tab-solusi')).toHaveTextContent('Solusi (1)'));
  });

  it('offers the lead only the moves of the stage table, and asks why before moving back', async () => {
    const { calls } = setup('/tantangan/9');
    await screen.findByTestId('stage-control');
    const moves = screen.getAllByTestId(/^stage-move-/).map((b) => b.dataset.testid);
    expect(moves).toEqual(['stage-move-EXPERIMENTATION', 'stage-move-EXPLORATION', 'stage-move-ARCHIVED']);
    fireEvent.click(screen.getByTestId('stage-move-EXPLORATION'));
    fireEvent.click(screen.getByTestId('stage-confirm'));
    expect(await screen.findByText('Tuliskan alasannya: kembali ke tahap sebelumnya membatalkan pekerjaan.')).toBeInTheDocument();
    expect(screen.getByTestId('stage-note')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.some((c) => c.name === 'MoveChallengeStage')).toBe(false);
  });
});
