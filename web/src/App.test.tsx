import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { AppLayout } from './App';
import { fakeClient } from './test/fakeClient';
import { renderPage } from './test/render';
import type { Role } from './gql/graphql';

const serverInfo = (demoData: boolean) => ({ data: { serverInfo: { __typename: 'ServerInfo', demoData, environment: 'development', version: '0.1.0' } } });

function user(role: Role) {
  return {
    data: {
      me: {
        __typename: 'User',
        id: '7',
        name: 'Diskominfo Sumedang',
        username: 'sumedang',
        role,
        organisation: null,
        email: 'sumedang@demo.rembuk.id',
        region: role === 'REGION_ADMIN' ? { __typename: 'Region', code: '32.11', name: 'Kabupaten Sumedang' } : null,
      },
    },
  };
}

function renderLayout(me: ReturnType<typeof user> | { data: { me: null } }, demo = true) {
  const { client } = fakeClient({ Me: () => me, ServerInfo: () => serverInfo(demo) });
  return renderPage(() => <AppLayout>page</AppLayout>, { client, location: '/wilayah' });
}

const navLinks = () => screen.getAllByRole('link').map((a) => a.textContent?.trim());
/** Opens the phone's "Lainnya" sheet, where admin pages are (wide screens group them under "Kelola"). */
const openMore = () => fireEvent.click(screen.getByTestId('nav-more'));

/** The shared layout as the app composes it: every feature's links and header widgets. */
describe('AppLayout', () => {
  it('shows the demo badge when the server has demo data', async () => {
    renderLayout({ data: { me: null } });
    expect(await screen.findByTestId('demo-badge')).toHaveTextContent('Data demo');
  });

  it('hides the demo badge otherwise', async () => {
    renderLayout({ data: { me: null } }, false);
    await screen.findByText('Masuk');
    expect(screen.queryByTestId('demo-badge')).toBeNull();
  });

  it('offers sign-in and only public links to visitors', async () => {
    renderLayout({ data: { me: null } });
    await screen.findByText('Masuk');
    expect(navLinks()).toEqual(expect.arrayContaining(['Wilayah', 'Kerangka SPBE']));
    expect(navLinks()).not.toContain('Undangan');
    expect(screen.queryByTestId('user-menu')).toBeNull();
  });

  it('gives region admins invites and import but not cohorts', async () => {
    renderLayout(user('REGION_ADMIN'));
    await screen.findByTestId('user-menu');
    await openMore();
    expect(navLinks()).toEqual(expect.arrayContaining(['Undangan', 'Impor nilai']));
    expect(navLinks()).not.toContain('Kohort');
  });

  it('gives admins every admin page and a sign-out in the user menu', async () => {
    renderLayout(user('ADMIN'));
    await screen.findByTestId('user-menu');
    await openMore();
    expect(navLinks()).toEqual(expect.arrayContaining(['Kohort', 'Undangan', 'Impor nilai']));
    await fireEvent.keyDown(document, { key: 'Escape' });
    await fireEvent.click(screen.getByTestId('user-menu'));
    expect(screen.getByTestId('signout')).toHaveTextContent('Keluar');
    expect(screen.getByText('Administrator')).toBeInTheDocument();
  });

  it('links the forum for everyone and shows the notification bell only when signed in', async () => {
    renderLayout({ data: { me: null } });
    await screen.findByText('Masuk');
    expect(navLinks()).toContain('Forum');
    expect(navLinks()).toContain('Rapat');
    expect(screen.queryByTestId('notification-bell')).toBeNull();
    cleanup();
    renderLayout(user('MEMBER'));
    expect(await screen.findByTestId('notification-bell')).toBeInTheDocument();
  });

  it('shows members no admin pages', async () => {
    renderLayout(user('MEMBER'));
    await screen.findByTestId('user-menu');
    // Four sections fit the phone's bar: no "Lainnya" sheet to hide anything in.
    expect(screen.queryByTestId('nav-more')).toBeNull();
    expect(navLinks()).not.toContain('Impor nilai');
    expect(navLinks()).not.toContain('Undangan');
  });

  it('opens the "Lainnya" sheet from the keyboard, keeps Tab inside it and gives focus back on Escape', async () => {
    renderLayout(user('ADMIN'));
    const more = await screen.findByTestId('nav-more');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    more.focus();
    await fireEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    const sheet = await screen.findByTestId('nav-sheet');
    await waitFor(() => expect(sheet).toContainElement(document.activeElement as HTMLElement));
    const focusable = [...sheet.querySelectorAll<HTMLElement>('a[href], button')];
    expect(focusable.map((el) => el.textContent?.trim())).toEqual(expect.arrayContaining(['Kohort', 'Undangan', 'Impor nilai', 'Pengguna']));
    focusable.at(-1)!.focus();
    await fireEvent.keyDown(document, { key: 'Tab' });
    expect(document.activeElement).toBe(focusable[0]);
    await fireEvent.keyDown(document, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(focusable.at(-1));
    await fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('nav-sheet')).toBeNull());
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(more);
  });
});
