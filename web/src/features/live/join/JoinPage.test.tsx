import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import JoinPage from './JoinPage';
import { fakeClient, type FakeHandler, type FakeHandlers, type FakeResponse } from '../../../test/fakeClient';
import type { JoinLiveSessionMutation, LiveSessionPreviewQuery } from '../../../gql/graphql';
import { renderPage } from '../../../test/render';
import { meAs, sumedangUser } from '../../../test/forumFixtures';

const preview =
  (over: Partial<LiveSessionPreviewQuery['liveSessionPreview']> = {}): FakeHandler<'LiveSessionPreview'> =>
  () => ({
    data: { liveSessionPreview: { __typename: 'LiveSessionPreview', code: 'RAKOR62', title: 'Tanya jawab', meetingTitle: 'Rakor Living Lab', state: 'OPEN', allowGuests: true, ...over } },
  });

const joined: FakeResponse<JoinLiveSessionMutation> = { data: { joinLiveSession: { __typename: 'JoinLiveSessionPayload', guestToken: null, session: { __typename: 'LiveSession', id: '5', code: 'RAKOR62', title: 'Tanya jawab', state: 'OPEN' } } } };

function open(handlers: FakeHandlers) {
  const fake = fakeClient(handlers);
  const page = renderPage(() => <JoinPage />, { client: fake.client, path: '*', location: '/live' });
  return { ...fake, ...page };
}

describe('JoinPage', () => {
  it('joins a signed-in user by code, with or without #, and opens the session', async () => {
    const { calls, history } = open({ Me: () => meAs(sumedangUser), JoinLiveSession: () => joined });
    await fireEvent.input(screen.getByTestId('join-code-input'), { target: { value: ' #rakor62 ' } });
    await waitFor(() => expect(calls.some((c) => c.name === 'Me')).toBe(true));
    await fireEvent.click(screen.getByTestId('join-submit'));
    await waitFor(() => expect(history.get()).toBe('/live/RAKOR62'));
    expect(calls.find((c) => c.name === 'JoinLiveSession')?.variables).toEqual({ input: { code: 'RAKOR62' } });
  });

  it('checks the code first, shows the session, and asks guests for a name when it takes guests', async () => {
    let named: unknown = null;
    const { calls } = open({
      Me: () => ({ data: { me: null } }),
      LiveSessionPreview: preview(),
      JoinLiveSession: (v) => {
        named = v.input;
        return joined;
      },
    });
    await fireEvent.input(screen.getByTestId('join-code-input'), { target: { value: 'AB' } });
    await fireEvent.click(screen.getByTestId('join-submit'));
    expect(screen.getByRole('alert')).toHaveTextContent('4 sampai 12 huruf atau angka');
    expect(calls.some((c) => c.name === 'JoinLiveSession')).toBe(false);

    await fireEvent.input(screen.getByTestId('join-code-input'), { target: { value: 'RAKOR62' } });
    await fireEvent.click(screen.getByTestId('join-submit'));
    const name = await screen.findByTestId('guest-name-input');
    expect(screen.getByTestId('join-preview')).toHaveTextContent('Rakor Living Lab');
    expect(screen.getByTestId('join-preview')).toHaveTextContent('Tanya jawab');
    expect(calls.some((c) => c.name === 'JoinLiveSession')).toBe(false);
    expect(screen.getByTestId('join-submit')).toHaveTextContent('Gabung sebagai tamu');
    await fireEvent.input(name, { target: { value: 'Budi' } });
    await fireEvent.input(screen.getByTestId('guest-region-input'), { target: { value: '19.02' } });
    await fireEvent.click(screen.getByTestId('join-submit'));
    await waitFor(() => expect(named).toEqual({ code: 'RAKOR62', guestName: 'Budi', guestRegionCode: '19.02' }));
  });

  it('tells people to sign in when the session takes no guests', async () => {
    open({ Me: () => ({ data: { me: null } }), LiveSessionPreview: preview({ allowGuests: false }) });
    await fireEvent.input(screen.getByTestId('join-code-input'), { target: { value: 'RAKOR62' } });
    await fireEvent.click(screen.getByTestId('join-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('hanya untuk pengguna terdaftar');
    expect(screen.queryByTestId('guest-name-input')).toBeNull();
  });

  it('says so when the session has ended', async () => {
    open({ Me: () => ({ data: { me: null } }), LiveSessionPreview: preview({ state: 'CLOSED' }) });
    await fireEvent.input(screen.getByTestId('join-code-input'), { target: { value: 'RAKOR62' } });
    await fireEvent.click(screen.getByTestId('join-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('sudah berakhir');
    expect(screen.queryByTestId('guest-name-input')).toBeNull();
  });
});
