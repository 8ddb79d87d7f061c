import { describe, expect, it } from 'vitest';
import { screen } from '@solidjs/testing-library';
import HomePage from './HomePage';
import { fakeClient } from '../../test/fakeClient';
import { renderPage } from '../../test/render';
import { meAs, notification, readState, sumedangUser, threadRow, threadsPage } from '../../test/forumFixtures';

const notificationsPage = (nodes: ReturnType<typeof notification>[]) => ({
  notifications: {
    __typename: 'NotificationConnection',
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node) => ({ __typename: 'NotificationEdge', cursor: node.id, node })),
  },
});

const assessment = (year: number, index: number | null, predicate: string | null) => ({ __typename: 'Assessment', id: `a${year}`, year, index, predicate });
const soon = new Date(Date.now() + 60 * 60 * 1000).toISOString();
const later = new Date(Date.now() + 3 * 60 * 60 * 1000).toISOString();

function setup(role: 'REGION_ADMIN' | 'FACILITATOR' | null = 'REGION_ADMIN') {
  const fake = fakeClient({
    Me: () => (role ? meAs(sumedangUser, role) : { data: { me: null } }),
    HomeRegion: () => ({ data: { region: { __typename: 'Region', code: '32.11', name: 'Kabupaten Sumedang', assessments: [assessment(2021, 3.52, 'Sangat Baik'), assessment(2022, 3.87, 'Sangat Baik'), assessment(2023, null, null)] } } }),
    ForumThreads: () => ({ data: threadsPage([threadRow('3', 'Arsitektur SPBE', { readState: readState(2, 5) }), threadRow('4', 'Tanda tangan elektronik', { readState: readState(3, 3) })]) }),
    Meetings: () => ({ data: { meetings: [{ __typename: 'Meeting', id: '8', title: 'Rapat koordinasi living lab', startsAt: soon, endsAt: later, organiser: 'KemenPAN-RB', sessions: [] }] } }),
    MyChallenges: () => ({
      data: { challenges: { __typename: 'ChallengeConnection', totalCount: 1, edges: [{ __typename: 'ChallengeEdge', node: { __typename: 'Challenge', id: '9', title: 'Antrean adminduk', stage: 'CO_CREATION', solutionCount: 2, teamCount: 3 } }] } },
    }),
    Notifications: () => ({ data: notificationsPage([notification('11', 'REPLY')]) }),
    UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 1 } }),
    HomePlans: () => ({
      data: { plans: { __typename: 'PlanConnection', totalCount: 1, edges: [{ __typename: 'PlanEdge', node: { __typename: 'Plan', id: '2', title: 'Rencana aksi SPBE 2024', year: 2024, state: 'DRAFT', projection: { __typename: 'PlanProjection', index: 4.01, currentIndex: 3.84 } } }] } },
    }),
    HomeCohorts: () => ({ data: { cohorts: [{ __typename: 'Cohort', slug: 'living-lab-2022', name: 'Indonesian Digital Service Living Lab', memberCount: 62 }] } }),
  });
  renderPage(() => <HomePage />, { client: fake.client, path: '/', location: '/' });
  return fake;
}

describe('HomePage', () => {
  it("gives a region's official their region's index and its change, their challenges, meetings, discussions and notifications", async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Selamat datang, Diskominfo Sumedang');
    expect(await screen.findByTestId('home-region-index')).toHaveTextContent('3,87');
    expect(screen.getByTestId('home-region-change')).toHaveTextContent('+0,35 dibanding 2021');
    expect(await screen.findByText('Antrean adminduk')).toBeInTheDocument();
    expect(screen.getByText('Ko-kreasi')).toBeInTheDocument();
    expect(await screen.findByText('Rapat koordinasi living lab')).toBeInTheDocument();
    expect(await screen.findByTestId('home-threads-unread')).toHaveTextContent('1 topik dengan balasan yang belum dibaca');
    expect(await screen.findByTestId('home-notifications-unread')).toHaveTextContent('1 belum dibaca');
    expect(await screen.findByText('Rencana aksi SPBE 2024')).toBeInTheDocument();
    expect(screen.getByText('2024: indeks 3,84 → 4,01 bila semua target tercapai')).toBeInTheDocument();
    expect(screen.queryByTestId('home-cohorts')).toBeNull();
  });

  it('shows a facilitator the cohorts they run', async () => {
    setup('FACILITATOR');
    expect(await screen.findByText('Indonesian Digital Service Living Lab')).toBeInTheDocument();
    expect(screen.getByText('62 daerah')).toBeInTheDocument();
  });

  it('welcomes someone signed out with where to start, and reads nothing private', async () => {
    const { calls } = setup(null);
    expect(await screen.findByTestId('home-welcome')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Masuk' })).toHaveAttribute('href', '/masuk');
    expect(calls.map((c) => c.name).filter((n) => n !== 'Me')).toEqual([]);
  });
});
