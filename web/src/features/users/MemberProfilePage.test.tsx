import { describe, expect, it } from 'vitest';
import { screen } from '@solidjs/testing-library';
import MemberProfilePage from './MemberProfilePage';
import { fakeClient } from '../../test/fakeClient';
import { renderPage } from '../../test/render';
import { meAs, belitungUser, sumedangUser, threadRow, threadsPage } from '../../test/forumFixtures';

const member = { ...sumedangUser, role: 'REGION_ADMIN' as const, organisation: null, createdAt: '2026-03-01T02:00:00.000Z' };

function open(handler: Parameters<typeof fakeClient>[0]['MemberProfile']) {
  const { client, calls } = fakeClient({ Me: () => meAs(belitungUser), MemberProfile: handler });
  renderPage(() => <MemberProfilePage />, { client, path: '/u/:username', location: '/u/sumedang' });
  return calls;
}

describe('MemberProfilePage', () => {
  it('shows who the member is, their region and the topics they started', async () => {
    const calls = open(() => ({ data: { user: member, ...threadsPage([threadRow('11', 'Replikasi TTE di Sumedang')], 1) } }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Diskominfo Sumedang');
    expect(screen.getByText('@sumedang')).toBeInTheDocument();
    const facts = screen.getByTestId('member-facts');
    expect(facts).toHaveTextContent('Admin wilayah');
    expect(screen.getByRole('link', { name: 'Kabupaten Sumedang' })).toHaveAttribute('href', '/wilayah/32.11');
    expect(screen.getByText('Topik yang dimulai (1)')).toBeInTheDocument();
    expect(screen.getAllByTestId('thread-row')).toHaveLength(1);
    expect(calls.find((c) => c.name === 'MemberProfile')?.variables).toEqual({ username: 'sumedang' });
  });

  it('says when there is no such member', async () => {
    open(() => ({ errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Anggota @sumedang tidak ditemukan');
  });
});
