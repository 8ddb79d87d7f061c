import { describe, expect, it } from 'vitest';
import { createSignal, type Accessor } from 'solid-js';
import { waitFor } from '@solidjs/testing-library';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@urql/core';
import { useSubscription } from './useSubscription';
import { ReconnectContext } from './reconnect';
import { fakeClient } from '../../test/fakeClient';
import { renderPage } from '../../test/render';

/** A made-up operation (lib has none of its own); the fake network does not check it against the schema. */
type Ticks = { data: { ticks: number }; variables: { room: string } };
const TicksSubscription = parse('subscription Ticks($room: String!) { ticks(room: $room) }') as TypedDocumentNode<Ticks['data'], Ticks['variables']>;

interface Setup {
  room?: Accessor<string>;
  pause?: Accessor<boolean>;
  reconnects?: Accessor<number>;
}

function setup(options: Setup = {}) {
  const fake = fakeClient<{ Ticks: Ticks }>({});
  const received: number[] = [];
  let catchUps = 0;
  function Listener() {
    useSubscription({
      query: TicksSubscription,
      variables: () => ({ room: options.room?.() ?? 'hall' }),
      pause: options.pause,
      onData: (data) => received.push(data.ticks),
      onReconnect: () => catchUps++,
    });
    return <p>listening</p>;
  }
  const page = renderPage(
    () => (
      <ReconnectContext.Provider value={options.reconnects ?? (() => 0)}>
        <Listener />
      </ReconnectContext.Provider>
    ),
    { client: fake.client },
  );
  const rooms = () => fake.calls.filter((c) => c.name === 'Ticks').map((c) => c.variables.room);
  return { ...fake, ...page, received, rooms, catchUps: () => catchUps };
}

describe('useSubscription', () => {
  it('subscribes with the variables and hands each event to onData', async () => {
    const { emit, subscribed, received, rooms } = setup();
    await waitFor(() => expect(subscribed('Ticks')).toBe(1));
    expect(rooms()).toEqual(['hall']);
    emit('Ticks', { ticks: 1 });
    emit('Ticks', { ticks: 2 });
    expect(received).toEqual([1, 2]);
  });

  it('moves to new variables, closing the old subscription, and keeps it for equal ones', async () => {
    const [room, setRoom] = createSignal('hall');
    const { subscribed, rooms } = setup({ room });
    await waitFor(() => expect(subscribed('Ticks')).toBe(1));
    setRoom('lobby');
    await waitFor(() => expect(rooms()).toEqual(['hall', 'lobby']));
    expect(subscribed('Ticks')).toBe(1);
    setRoom('lobby');
    await new Promise((r) => setTimeout(r, 10));
    expect(rooms()).toEqual(['hall', 'lobby']);
  });

  it('does not subscribe while paused', async () => {
    const [paused, setPaused] = createSignal(true);
    const { subscribed, rooms } = setup({ pause: paused });
    await new Promise((r) => setTimeout(r, 10));
    expect(rooms()).toEqual([]);
    setPaused(false);
    await waitFor(() => expect(subscribed('Ticks')).toBe(1));
    setPaused(true);
    await waitFor(() => expect(subscribed('Ticks')).toBe(0));
  });

  it('ends the subscription when its component is disposed', async () => {
    const { subscribed, unmount } = setup();
    await waitFor(() => expect(subscribed('Ticks')).toBe(1));
    unmount();
    expect(subscribed('Ticks')).toBe(0);
  });

  it('catches up after each reconnection, not at the start', async () => {
    const [reconnects, setReconnects] = createSignal(0);
    const { subscribed, catchUps } = setup({ reconnects });
    await waitFor(() => expect(subscribed('Ticks')).toBe(1));
    expect(catchUps()).toBe(0);
    setReconnects(1);
    expect(catchUps()).toBe(1);
    setReconnects(2);
    expect(catchUps()).toBe(2);
  });
});
