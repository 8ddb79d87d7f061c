import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { NotificationBell } from './NotificationBell';
import { fakeClient } from '../../test/fakeClient';
import { renderPage } from '../../test/render';
import { notification } from '../../test/forumFixtures';

const page = (nodes: ReturnType<typeof notification>[]) => ({
  notifications: {
    __typename: 'NotificationConnection',
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node) => ({ __typename: 'NotificationEdge', cursor: node.id, node })),
  },
});

function setup() {
  return fakeClient(
    {
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 2 } }),
      Notifications: () => ({ data: page([notification('11', 'REPLY'), notification('10', 'THREAD_ACTIVITY', { readAt: '2026-11-29T08:30:00.000Z' })]) }),
      MarkNotificationsRead: () => ({ data: { markNotificationsRead: 1 } }),
    },
    { cache: true },
  );
}

describe('NotificationBell', () => {
  it('shows the unread count and adds live notifications to it and to the list', async () => {
    const { client, emit } = setup();
    renderPage(() => <NotificationBell />, { client });
    expect(await screen.findByTestId('notification-count')).toHaveTextContent('2');
    expect(screen.getByTestId('notification-bell')).toHaveAccessibleName('Notifikasi, 2 belum dibaca');
    await fireEvent.click(screen.getByTestId('notification-bell'));
    await waitFor(() => expect(screen.getAllByTestId('notification-item')).toHaveLength(2));
    emit('MyNotifications', { myNotifications: notification('12', 'MENTION') });
    await waitFor(() => expect(screen.getByTestId('notification-count')).toHaveTextContent('3'));
    const items = screen.getAllByTestId('notification-item');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Diskominfo Sumedang menyebut Anda');
    expect(items[0]).toHaveTextContent('Arsitektur SPBE');
    expect(items[1]).toHaveTextContent('membalas tulisan Anda');
    expect(items[2]).toHaveTextContent('aktivitas baru di topik yang Anda pantau');
    expect(items[0]?.querySelector('a')).toHaveAttribute('href', '/forum/t/3#p2');
  });

  it('marks one read on click and all read with "tandai semua dibaca"', async () => {
    const { client, calls } = setup();
    renderPage(() => <NotificationBell />, { client });
    await screen.findByTestId('notification-count');
    await fireEvent.click(screen.getByTestId('notification-bell'));
    const [first] = await screen.findAllByTestId('notification-item');
    await fireEvent.click(first!.querySelector('a')!);
    await waitFor(() => expect(calls.find((c) => c.name === 'MarkNotificationsRead')?.variables).toEqual({ ids: ['11'] }));
    await waitFor(() => expect(screen.getByTestId('notification-count')).toHaveTextContent('1'));
    await fireEvent.click(screen.getByTestId('notification-bell'));
    await fireEvent.click(await screen.findByTestId('notifications-read-all'));
    expect(calls.at(-1)).toMatchObject({ name: 'MarkNotificationsRead', variables: { ids: null } });
  });
});
