import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import ChallengesPage from './ChallengesPage';
import { fakeClient } from '../../../test/fakeClient';
import { renderPage } from '../../../test/render';
import { meAs, sumedangUser } from '../../../test/forumFixtures';
import { challengeCard, challengeChoices, challengesPage } from '../../../test/challengeFixtures';

const single = challengeCard('1', 'Layanan izin satu pintu', { stage: 'CO_CREATION', teamCount: 4, solutionCount: 1 });

function setup(location: string, nodes = [single]) {
  const fake = fakeClient({
    Me: () => meAs(sumedangUser, 'REGION_ADMIN'),
    ChallengeChoices: () => ({ data: challengeChoices }),
    Challenges: () => ({ data: challengesPage(nodes) }),
  });
  const page = renderPage(() => <ChallengesPage />, { client: fake.client, path: '/tantangan', location });
  const lastVariables = () => fake.calls.filter((c) => c.name === 'Challenges').at(-1)?.variables;
  return { ...fake, ...page, lastVariables };
}

describe('ChallengesPage', () => {
  it('shows cards with stage, regions, indicators, team and solution counts', async () => {
    setup('/tantangan');
    const card = await screen.findByTestId('challenge-card');
    expect(card).toHaveTextContent('Layanan izin satu pintu');
    expect(screen.getByTestId('challenge-stage')).toHaveTextContent('Ko-kreasi');
    expect(screen.getByTestId('challenge-regions')).toHaveTextContent('Kabupaten Sumedang');
    expect(card).toHaveTextContent('Indikator 20');
    expect(screen.getByTestId('challenge-team-count')).toHaveTextContent('4 anggota tim');
    expect(screen.getByTestId('challenge-solution-count')).toHaveTextContent('1 solusi');
    expect(screen.getByTestId('challenge-new')).toHaveAttribute('href', '/tantangan/baru');
  });

  it('reads the filters from the URL and sends them to the server', async () => {
    const { lastVariables } = setup('/tantangan?tahap=evaluation&indikator=20&wilayah=32.11&provinsi=32&kohort=living-lab-2022&terbuka=1&urut=dukungan');
    await screen.findByTestId('challenge-card');
    expect(lastVariables()).toMatchObject({
      stage: 'EVALUATION',
      indicator: { framework: 'SPBE-2020', number: 20 },
      regionCode: '32.11',
      province: '32',
      cohort: 'living-lab-2022',
      openToJoin: true,
      hasReplications: null,
      sort: 'MOST_SUPPORTED',
      first: 20,
      after: null,
    });
    expect(screen.getByTestId<HTMLInputElement>('filter-open').checked).toBe(true);
  });

  it('drops values that cannot be right instead of sending them', async () => {
    const { lastVariables } = setup('/tantangan?tahap=nope&indikator=abc&wilayah=32&provinsi=jabar');
    await screen.findByTestId('challenge-card');
    expect(lastVariables()).toMatchObject({ stage: null, indicator: null, regionCode: null, province: null });
  });

  it('writes a changed filter to the URL and asks again; clearing removes them all', async () => {
    const { history, lastVariables } = setup('/tantangan');
    await screen.findByTestId('challenge-card');
    fireEvent.change(screen.getByTestId('filter-stage'), { target: { value: 'REPLICATION' } });
    await waitFor(() => expect(history.get()).toContain('tahap=replication'));
    await waitFor(() => expect(lastVariables()).toMatchObject({ stage: 'REPLICATION' }));
    fireEvent.click(screen.getByTestId('filter-open'));
    await waitFor(() => expect(history.get()).toContain('terbuka=1'));
    fireEvent.change(screen.getByTestId('challenge-sort'), { target: { value: 'MOST_REPLICATED' } });
    await waitFor(() => expect(history.get()).toContain('urut=ditiru'));
    fireEvent.click(screen.getByTestId('filter-replicated'));
    await waitFor(() => expect(lastVariables()).toMatchObject({ stage: 'REPLICATION', openToJoin: true, hasReplications: true, sort: 'MOST_REPLICATED' }));
    fireEvent.click(screen.getByTestId('filter-clear'));
    await waitFor(() => expect(history.get()).not.toContain('tahap='));
    expect(history.get()).not.toContain('terbuka=');
    expect(history.get()).toContain('urut=ditiru');
    await waitFor(() => expect(lastVariables()).toMatchObject({ stage: null, openToJoin: null, hasReplications: null, sort: 'MOST_REPLICATED' }));
  });

  it('says when nothing matches the filters and offers to clear them', async () => {
    const { history } = setup('/tantangan?tahap=closed', []);
    expect(await screen.findByTestId('challenges-empty')).toHaveTextContent('Tidak ada tantangan yang cocok');
    fireEvent.click(screen.getByTestId('challenges-empty-clear'));
    await waitFor(() => expect(history.get()).not.toContain('tahap='));
  });
});
