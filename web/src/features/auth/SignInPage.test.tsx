import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import SignInPage from './SignInPage';
import { AppClientProvider } from '../../lib/client/session';
import { fakeClient, type FakeHandler } from '../../test/fakeClient';
import { setLocale } from '../../lib/i18n';

const me: FakeHandler<'Me'> = () => ({ data: { me: null } });

function renderSignIn(signIn: FakeHandler<'SignIn'>, location = '/masuk') {
  const fake = fakeClient({ Me: me, SignIn: signIn });
  let created = 0;
  const history = createMemoryHistory();
  history.set({ value: location, scroll: false, replace: true });
  render(() => (
    <AppClientProvider
      create={() => {
        created++;
        return { client: fake.client, dispose: () => undefined };
      }}
    >
      <MemoryRouter history={history}>
        <Route path="/masuk" component={SignInPage} />
      </MemoryRouter>
    </AppClientProvider>
  ));
  return { calls: fake.calls, created: () => created };
}

async function fillAndSubmit() {
  await fireEvent.input(screen.getByTestId('signin-email'), { target: { value: ' sumedang@demo.rembuk.id ' } });
  await fireEvent.input(screen.getByTestId('signin-password'), { target: { value: 'rembuk-demo-2026' } });
  await fireEvent.submit(screen.getByTestId('signin-submit').closest('form') as HTMLFormElement);
}

describe('SignInPage', () => {
  it('signs in, then starts a fresh client on /wilayah', async () => {
    const { calls, created } = renderSignIn(() => ({
      data: { signIn: { __typename: 'AuthPayload', user: { __typename: 'User', id: '3', name: 'Diskominfo Sumedang', role: 'REGION_ADMIN' } } },
    }));
    await fillAndSubmit();
    await waitFor(() => expect(created()).toBe(2));
    expect(calls.find((c) => c.name === 'SignIn')?.variables).toEqual({ email: 'sumedang@demo.rembuk.id', password: 'rembuk-demo-2026' });
    expect(window.location.pathname).toBe('/');
  });

  it('shows the server message in the chosen language', async () => {
    const wrong = () => ({
      errors: [
        {
          message: 'Email or password is wrong',
          extensions: { code: 'UNAUTHENTICATED', i18n: { en: 'Email or password is wrong', id: 'Email atau kata sandi salah' } },
        },
      ],
    });
    const { created } = renderSignIn(wrong);
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Email atau kata sandi salah');
    setLocale('en');
    expect(screen.getByRole('alert')).toHaveTextContent('Email or password is wrong');
    setLocale('id');
    expect(created()).toBe(1);
  });

  it('returns to the page that asked for a sign-in, and only to a page of this site', async () => {
    const ok = () => ({ data: { signIn: { __typename: 'AuthPayload' as const, user: { __typename: 'User' as const, id: '3', name: 'Diskominfo Sumedang', role: 'REGION_ADMIN' as const } } } });
    const back = renderSignIn(ok, `/masuk?next=${encodeURIComponent('/forum/t/12?post=3')}`);
    await fillAndSubmit();
    await waitFor(() => expect(back.created()).toBe(2));
    expect(`${window.location.pathname}${window.location.search}`).toBe('/forum/t/12?post=3');
  });
});
