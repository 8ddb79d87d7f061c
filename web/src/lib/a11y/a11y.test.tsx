import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@solidjs/testing-library';
import { createRoot } from 'solid-js';
import { createLiveRegion } from './announce';
import { inertOutside, returnTarget, trapTab } from './focus';

describe('createLiveRegion', () => {
  it('says a burst of events once, counted, after a quiet moment', async () => {
    vi.useFakeTimers();
    try {
      const region = createRoot(() => createLiveRegion({ post: (n: number) => `${n} balasan baru` }, 1_000));
      render(() => <region.Region />);
      region.count('post');
      region.count('post');
      region.say('Jajak pendapat dibuka: A');
      expect(screen.getByTestId('live-region').textContent).toBe('');
      await vi.advanceTimersByTimeAsync(1_000);
      expect(screen.getByTestId('live-region').textContent).toBe('2 balasan baru. Jajak pendapat dibuka: A');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('focus helpers', () => {
  it('returns focus from a menu item to its menu button', () => {
    document.body.innerHTML = '<div data-menu-root><button data-menu-trigger>Tindakan lain</button><div data-menu-panel><button id="item">Laporkan</button></div></div>';
    expect(returnTarget(document.getElementById('item'))?.textContent).toBe('Tindakan lain');
  });

  it('makes the page behind a dialog inert, live regions excepted, and undoes it', () => {
    document.body.innerHTML = '<div id="app"></div><div><div data-live-region></div></div><div id="portal"><div id="dialog"></div></div>';
    const undo = inertOutside(document.getElementById('dialog')!);
    expect(document.getElementById('app')!.inert).toBe(true);
    expect((document.querySelector('[data-live-region]')!.parentElement as HTMLElement).inert).toBe(false);
    undo();
    expect(document.getElementById('app')!.inert).toBe(false);
  });

  it('wraps Tab from the last control to the first', () => {
    document.body.innerHTML = '<div id="panel"><button id="a">A</button><button id="b">B</button></div>';
    const b = document.getElementById('b')!;
    b.focus();
    const e = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
    // happy-dom has no layout: every element counts as shown here.
    Object.defineProperty(HTMLElement.prototype, 'offsetParent', { configurable: true, get: () => document.body });
    expect(trapTab(e, document.getElementById('panel')!)).toBe(true);
    expect(document.activeElement?.id).toBe('a');
    expect(e.defaultPrevented).toBe(true);
  });
});
