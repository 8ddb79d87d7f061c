import { afterEach, describe, expect, it } from 'vitest';
import { formatTime } from './format';
import { setLocale } from './i18n';

describe('times of day', () => {
  afterEach(() => setLocale('id'));
  const at = new Date(2026, 11, 2, 22, 1, 53);

  it("follows the app's language: Indonesian with dots, British English with colons, whatever the browser's locale", () => {
    expect(formatTime(at)).toBe('22.01.53');
    setLocale('en');
    expect(formatTime(at)).toBe('22:01:53');
  });
});
