import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import PeoplePage from './PeoplePage';
import { fakeClient } from '../../../test/fakeClient';
import { renderPage } from '../../../test/render';
import { belitungUser, meAs, sumedangUser } from '../../../test/forumFixtures';

const siti = { __typename: 'User' as const, id: '9', name: 'Siti Rahma', username: 'siti', email: 'siti@sumedang.go.id', role: 'MEMBER' as const, organisation: null, deactivatedAt: null, region: { __typename: 'Region' as const, code: '32.11', name: 'Kabupaten Sumedang' } };

function open() {
  const fake = fakeClient(
    {
      Me: () => meAs(sumedangUser, 'ADMIN'),
      People: () => ({ data: { people: [siti] } }),
      DeactivateUser: (v) => ({ data: { deactivateUser: { __typename: 'User', id: String(v.id), deactivatedAt: '2026-12-02T03:00:00.000Z' } } }),
      IssuePasswordReset: (v) => ({ data: { issuePasswordReset: { __typename: 'PasswordResetLink', token: 'rahasia-sekali-pakai', path: '/reset/rahasia-sekali-pakai', expiresAt: '2026-12-03T03:00:00.000Z', user: { __typename: 'User', id: String(v.userId) } } } }),
    },
    { cache: true },
  );
  renderPage(() => <PeoplePage />, { client: fake.client, path: '/admin/pengguna', location: '/admin/pengguna' });
  return fake.calls;
}

describe('PeoplePage', () => {
  it('deactivates a person after a confirmation, and the row says so', async () => {
    const calls = open();
    const row = await screen.findByTestId('person');
    expect(row).toHaveTextContent('siti@sumedang.go.id');
    await fireEvent.click(within(row).getByRole('button', { name: 'Nonaktifkan Siti Rahma' }));
    expect(calls.some((c) => c.name === 'DeactivateUser')).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(within(row).getByTestId('deactivate-confirm')));
    await fireEvent.click(within(row).getByTestId('deactivate-confirm'));
    expect(await within(row).findByText(/Nonaktif sejak/)).toBeInTheDocument();
    // Focus follows to the button that replaced the one pressed.
    await waitFor(() => expect(document.activeElement).toBe(within(row).getByRole('button', { name: 'Aktifkan kembali Siti Rahma' })));
    expect(calls.find((c) => c.name === 'DeactivateUser')?.variables).toEqual({ id: '9' });
  });

  it('hands out a reset link to copy', async () => {
    open();
    const row = await screen.findByTestId('person');
    await fireEvent.click(within(row).getByRole('button', { name: 'Tautan atur ulang untuk Siti Rahma' }));
    const link = await within(row).findByTestId('invite-link');
    expect(within(link).getByRole('textbox')).toHaveValue(`${window.location.origin}/reset/rahasia-sekali-pakai`);
  });

  it('is for admins only', async () => {
    const fake = fakeClient({ Me: () => meAs(belitungUser, 'FACILITATOR') });
    renderPage(() => <PeoplePage />, { client: fake.client, path: '/admin/pengguna', location: '/admin/pengguna' });
    await waitFor(() => expect(screen.queryByTestId('people-list')).toBeNull());
    expect(fake.calls.some((c) => c.name === 'People')).toBe(false);
  });
});
