import { describe, expect, it } from 'vitest';
import { createReconnectDetector, createRetryPolicy } from './client';

describe('createReconnectDetector', () => {
  it('does not count the first connection or a lazy reopening after a normal close', () => {
    const d = createReconnectDetector();
    expect(d.connected(false)).toBe(false);
    d.closed({ code: 1000 });
    expect(d.connected(false)).toBe(false);
  });

  it('counts the connection after an abnormal close, a terminated socket or a retry', () => {
    const d = createReconnectDetector();
    d.connected(false);
    d.closed({ code: 1006 });
    expect(d.connected(false)).toBe(true);
    expect(d.connected(false)).toBe(false);
    d.closed(new Error('network'));
    expect(d.connected(false)).toBe(true);
    expect(d.connected(true)).toBe(true);
  });
});

describe('createRetryPolicy', () => {
  it('comes back within a second after a graceful stop (1012), spread over that second', () => {
    const p = createRetryPolicy(() => 0.5);
    p.closed({ code: 1012 });
    expect(p.delayMs(0)).toBe(500);
    // A second failure in a row backs off as usual (the proxy may have nowhere to send it yet).
    expect(p.delayMs(1)).toBeGreaterThanOrEqual(2000);
  });

  it("keeps graphql-ws's backoff after a lost connection", () => {
    const p = createRetryPolicy(() => 0);
    p.closed({ code: 1006 });
    expect(p.delayMs(0)).toBe(1300);
    expect(p.delayMs(2)).toBe(4300);
  });
});
