import { describe, expect, it } from 'vitest';
import { screen } from '@solidjs/testing-library';
import AcceptInvitePage from './AcceptInvitePage';
import { fakeClient } from '../../test/fakeClient';
import { renderPage } from '../../test/render';

const gone = {
  message: 'Invitation (it may have been used or expired) not found',
  extensions: { code: 'NOT_FOUND', i18n: { en: 'Invitation (it may have been used or expired) not found', id: 'Undangan (mungkin sudah digunakan atau kedaluwarsa) tidak ditemukan' } },
};

function open(invite: Parameters<typeof fakeClient>[0]['InvitePreview']) {
  const fake = fakeClient({ Me: () => ({ data: { me: null } }), InvitePreview: invite });
  renderPage(() => <AcceptInvitePage />, { client: fake.client, path: '/invite/:token', location: '/invite/tautan-undangan-rahasia-123' });
  return fake.calls;
}

describe('AcceptInvitePage', () => {
  it('says at once that a used or unknown invitation cannot be accepted, without a form', async () => {
    open(() => ({ errors: [gone] }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Undangan (mungkin sudah digunakan atau kedaluwarsa) tidak ditemukan');
    expect(screen.queryByTestId('accept-invite')).toBeNull();
  });

  it('shows what the invitation is for and fills in the address it is bound to', async () => {
    const calls = open(() => ({
      data: { invite: { __typename: 'Invite', id: '5', role: 'MEMBER', organisation: null, email: 'siti@sumedang.go.id', expiresAt: '2026-12-16T00:00:00.000Z', region: { __typename: 'Region', code: '32.11', name: 'Kabupaten Sumedang' } } },
    }));
    expect(await screen.findByTestId('invite-for')).toHaveTextContent('Kabupaten Sumedang');
    expect(screen.getByLabelText('Email')).toHaveValue('siti@sumedang.go.id');
    expect(calls.find((c) => c.name === 'InvitePreview')?.variables).toEqual({ token: 'tautan-undangan-rahasia-123' });
  });
});
