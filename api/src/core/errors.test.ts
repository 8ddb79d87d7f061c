import { describe, expect, it } from 'vitest';
import { rateLimited, waitText } from './errors.js';

describe('how long to wait, as people say it', () => {
  it('counts seconds only under a minute and a half, then minutes rounded up, then hours', () => {
    expect(waitText(1)).toEqual({ en: '1 second', id: '1 detik' });
    expect(waitText(45)).toEqual({ en: '45 seconds', id: '45 detik' });
    expect(waitText(896)).toEqual({ en: '15 minutes', id: '15 menit' });
    expect(waitText(24 * 3600)).toEqual({ en: '24 hours', id: '24 jam' });
  });

  it('is what a lockout says, with the exact seconds kept for clients', () => {
    const e = rateLimited(896);
    expect(e.extensions.i18n).toEqual({ en: 'Too many attempts; try again in 15 minutes', id: 'Terlalu banyak percobaan; coba lagi dalam 15 menit' });
    expect(e.extensions.retryAfterSeconds).toBe(896);
  });
});
