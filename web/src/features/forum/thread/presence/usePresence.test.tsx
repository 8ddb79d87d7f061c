import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@solidjs/testing-library';
import { Provider } from '@urql/solid';
import { PresenceBar } from './PresenceBar';
import { usePresence, type Presence } from './usePresence';
import { fakeClient } from '../../../../test/fakeClient';
import { belitungUser, sumedangUser } from '../../../../test/forumFixtures';

function mount() {
  const fake = fakeClient({ UpdatePresence: () => ({ data: { updatePresence: true } }) });
  let presence: Presence | undefined;
  function Probe() {
    const p = usePresence('3', () => '7');
    presence = p;
    return <PresenceBar viewers={p.viewers()} typing={p.typing()} />;
  }
  const result = render(() => (
    <Provider value={fake.client}>
      <Probe />
    </Provider>
  ));
  return { ...fake, ...result, presence: () => presence! };
}

const presenceCalls = (calls: { name: string; variables: Record<string, unknown> }[]) => calls.filter((c) => c.name === 'UpdatePresence').map((c) => c.variables);

describe('usePresence', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('beats every 20 s, sends typing at most every 3 s, and leaves on close', () => {
    vi.useFakeTimers();
    const { calls, presence, unmount } = mount();
    expect(presenceCalls(calls)).toEqual([{ threadId: '3', typing: false, leaving: false }]);
    presence().onTyping();
    presence().onTyping();
    vi.advanceTimersByTime(1000);
    presence().onTyping();
    expect(presenceCalls(calls).filter((v) => v.typing)).toHaveLength(1);
    vi.advanceTimersByTime(2500);
    presence().onTyping();
    expect(presenceCalls(calls).filter((v) => v.typing)).toHaveLength(2);
    vi.advanceTimersByTime(20_000);
    expect(presenceCalls(calls).filter((v) => !v.typing && !v.leaving)).toHaveLength(2);
    unmount();
    expect(presenceCalls(calls).at(-1)).toEqual({ threadId: '3', typing: false, leaving: true });
  });

  it('shows others viewing and typing, and expires typing after 6 s without news', () => {
    vi.useFakeTimers();
    const { presence } = mount();
    presence().apply([sumedangUser, belitungUser], [sumedangUser]);
    expect(screen.getByTestId('viewers')).toHaveTextContent('Sedang melihat: Diskominfo Sumedang');
    expect(screen.getByTestId('typing-indicator')).toHaveTextContent('Diskominfo Sumedang sedang mengetik…');
    vi.advanceTimersByTime(5000);
    expect(screen.getByTestId('typing-indicator')).toBeInTheDocument();
    vi.advanceTimersByTime(2000);
    expect(screen.queryByTestId('typing-indicator')).toBeNull();
    expect(screen.getByTestId('viewers')).toBeInTheDocument();
  });
});
