import { describe, expect, it } from 'vitest';
import { createReconnectDetector } from './client';

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
