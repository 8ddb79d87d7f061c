import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import AccountPage from './AccountPage';
import { fakeClient } from '../../test/fakeClient';
import { renderPage } from '../../test/render';
import { meAs, sumedangUser } from '../../test/forumFixtures';

const phone = { __typename: 'AccountSession' as const, id: 'aaaaaaaaaaaaaaaa', browser: 'Chrome', system: 'Android', ip: '203.0.113.5', createdAt: '2026-12-01T01:00:00.000Z', lastSeenAt: '2026-12-02T01:00:00.000Z', current: true };
const laptop = { ...phone, id: 'bbbbbbbbbbbbbbbb', browser: 'Firefox', system: 'Windows', ip: '198.51.100.7', current: false };

function open(handlers: Parameters<typeof fakeClient>[0] = {}) {
  let sessions = [phone, laptop];
  const fake = fakeClient(
    {
      Me: () => meAs(sumedangUser),
      MySessions: () => ({ data: { mySessions: sessions } }),
      EndSession: (v) => {
        sessions = sessions.filter((s) => s.id !== v.id);
        return { data: { endSession: true } };
      },
      ...handlers,
    },
    { cache: true },
  );
  renderPage(() => <AccountPage />, { client: fake.client, path: '/akun', location: '/akun' });
  return fake.calls;
}

const type = (testid: string, value: string) => fireEvent.input(screen.getByTestId(testid), { target: { value } });

describe('AccountPage', () => {
  it('lists the sessions by device and ends another one', async () => {
    const calls = open();
    const list = await screen.findByTestId('session-list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getByText('Perangkat ini')).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: /Chrome di Android/ })).toBeNull();
    await fireEvent.click(within(list).getByRole('button', { name: 'Akhiri sesi Firefox di Windows' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(calls.find((c) => c.name === 'EndSession')?.variables).toEqual({ id: 'bbbbbbbbbbbbbbbb' });
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Sesi diakhiri.')).toBe(true);
    expect(document.activeElement).toHaveTextContent('Sesi aktif');
  });

  it('checks the new password on the client, then says how many sessions ended', async () => {
    const calls = open({ ChangePassword: () => ({ data: { changePassword: 2 } }) });
    await screen.findByTestId('change-password');
    await type('current-password', 'kata-sandi-lama');
    await type('new-password', 'pendek');
    await type('repeat-password', 'pendek');
    await fireEvent.submit(screen.getByTestId('change-password'));
    expect(await screen.findByText('Kata sandi minimal 10 karakter.')).toBeInTheDocument();
    expect(screen.getByTestId('new-password')).toHaveAttribute('aria-invalid', 'true');
    await type('new-password', 'kata-sandi-baru-2026');
    await fireEvent.submit(screen.getByTestId('change-password'));
    expect(await screen.findByText('Kedua kata sandi baru tidak sama.')).toBeInTheDocument();
    expect(calls.some((c) => c.name === 'ChangePassword')).toBe(false);
    await type('repeat-password', 'kata-sandi-baru-2026');
    await fireEvent.submit(screen.getByTestId('change-password'));
    expect(await screen.findByText('Kata sandi diganti. Sesi lain yang diakhiri: 2.')).toBeInTheDocument();
    expect(calls.find((c) => c.name === 'ChangePassword')?.variables).toEqual({ input: { currentPassword: 'kata-sandi-lama', newPassword: 'kata-sandi-baru-2026' } });
  });

  it('shows the server refusal of a wrong current password', async () => {
    open({
      ChangePassword: () => ({
        errors: [{ message: 'The current password is wrong', extensions: { code: 'BAD_USER_INPUT', i18n: { en: 'The current password is wrong', id: 'Kata sandi saat ini salah' } } }],
      }),
    });
    await screen.findByTestId('change-password');
    await type('current-password', 'salah-sekali');
    await type('new-password', 'kata-sandi-baru-2026');
    await type('repeat-password', 'kata-sandi-baru-2026');
    await fireEvent.submit(screen.getByTestId('change-password'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Kata sandi saat ini salah');
  });
});
