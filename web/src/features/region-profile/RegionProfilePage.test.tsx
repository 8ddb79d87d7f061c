import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@solidjs/testing-library';
import RegionProfilePage from './RegionProfilePage';
import { fakeClient } from '../../test/fakeClient';
import { renderPage } from '../../test/render';
import { sumedang } from '../../test/fixtures';

const domain = (n: number, name: string) => ({ __typename: 'SpbeDomain', id: String(n), number: n, name });
const domainScores = [
  { __typename: 'DomainScore', domain: domain(1, 'Kebijakan Internal SPBE'), score: 3.9, weightPercent: 13, completeness: 1 },
  { __typename: 'DomainScore', domain: domain(2, 'Tata Kelola SPBE'), score: 3.8, weightPercent: 25, completeness: 1 },
];
const assessment = (id: string, year: number, index: number | null, completeness = 1) => ({
  __typename: 'Assessment',
  id,
  year,
  index,
  predicate: index === null ? null : 'Sangat Baik',
  completeness,
  levelCount: Math.round(47 * completeness),
  indicatorCount: 47,
  updatedAt: '2026-11-29T00:00:00.000Z',
  domainScores,
});

const profile = {
  region: {
    ...sumedang,
    viewerCanRecordAssessment: false,
    assessments: [assessment('1', 2020, 3.81), assessment('2', 2021, 3.52), assessment('3', 2022, 3.84), assessment('4', 2023, null, 0.43)],
  },
};

const me = (signedIn: boolean) => ({
  data: {
    me: signedIn
      ? { __typename: 'User', id: '1', name: 'Diskominfo', username: 'd', role: 'MEMBER' as const, organisation: null, email: null, region: null }
      : null,
  },
});

describe('RegionProfilePage', () => {
  it('shows the latest index, the chart, domain bars and the draft', async () => {
    const { client } = fakeClient({ RegionProfile: () => ({ data: profile }), Me: () => me(false) });
    renderPage(() => <RegionProfilePage />, { client, path: '/wilayah/:code', location: '/wilayah/32.11' });
    expect(await screen.findByTestId('region-index')).toHaveTextContent('3,84');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kabupaten Sumedang');
    expect(screen.getAllByTestId('chart-point')).toHaveLength(3);
    expect(screen.getAllByTestId('domain-bar')).toHaveLength(2);
    expect(screen.getByText('Draf 2023')).toBeInTheDocument();
  });

  it('opens the draft and the latest assessment on the assessment screen', async () => {
    const { client } = fakeClient({ RegionProfile: () => ({ data: profile }), Me: () => me(false) });
    renderPage(() => <RegionProfilePage />, { client, path: '/wilayah/:code', location: '/wilayah/32.11' });
    expect(await screen.findByTestId('draft-link')).toHaveAttribute('href', '/wilayah/32.11/penilaian/2023');
    expect(screen.getByTestId('assessment-open')).toHaveAttribute('href', '/wilayah/32.11/penilaian/2022');
    // Only those who may record are offered a new year.
    expect(screen.queryByTestId('assessment-start')).not.toBeInTheDocument();
  });

  it('offers whoever may record to start this year\'s assessment', async () => {
    const { client } = fakeClient({ RegionProfile: () => ({ data: { region: { ...profile.region, viewerCanRecordAssessment: true } } }), Me: () => me(true) });
    renderPage(() => <RegionProfilePage />, { client, path: '/wilayah/:code', location: '/wilayah/32.11' });
    const year = new Date().getFullYear();
    expect(await screen.findByTestId('assessment-start')).toHaveAttribute('href', `/wilayah/32.11/penilaian/${year}`);
  });

  it('listens for new assessments when signed in and fetches the profile again', async () => {
    const { client, calls } = fakeClient({
      RegionProfile: () => ({ data: profile }),
      Me: () => me(true),
      AssessmentRecorded: () => ({ data: { assessmentRecorded: assessment('5', 2024, 3.9) } }),
    });
    renderPage(() => <RegionProfilePage />, { client, path: '/wilayah/:code', location: '/wilayah/32.11' });
    await screen.findByTestId('region-index');
    await waitFor(() => expect(calls.filter((c) => c.name === 'RegionProfile').length).toBeGreaterThanOrEqual(2));
    expect(calls.find((c) => c.name === 'AssessmentRecorded')?.variables).toEqual({ regionCode: '32.11' });
    expect(await screen.findByTestId('live-note')).toBeInTheDocument();
  });

  it('does not open a subscription for visitors', async () => {
    const { client, calls } = fakeClient({ RegionProfile: () => ({ data: profile }), Me: () => me(false) });
    renderPage(() => <RegionProfilePage />, { client, path: '/wilayah/:code', location: '/wilayah/32.11' });
    await screen.findByTestId('region-index');
    expect(calls.some((c) => c.name === 'AssessmentRecorded')).toBe(false);
  });

  it('says when a region does not exist', async () => {
    const { client } = fakeClient({ RegionProfile: () => ({ data: { region: null } }), Me: () => me(false) });
    renderPage(() => <RegionProfilePage />, { client, path: '/wilayah/:code', location: '/wilayah/99.99' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Wilayah 99.99 tidak ditemukan');
  });
});
