import { describe, expect, it } from 'vitest';
import { defaultLogFormat, prettyLine } from './logger.js';

describe('log lines', () => {
  it('read as one line for a person: message first, level only when not info, other fields after', () => {
    const time = new Date(2026, 11, 2, 9, 5, 7).getTime();
    expect(prettyLine(JSON.stringify({ level: 30, time, msg: 'Rembuk is ready at http://127.0.0.1:4000' }))).toBe('09:05:07 Rembuk is ready at http://127.0.0.1:4000\n');
    expect(prettyLine(JSON.stringify({ level: 40, time, msg: 'proxy?', header: 'x-forwarded-for', n: 2 }))).toBe('09:05:07 WARN proxy?  header=x-forwarded-for n=2\n');
  });

  it('are JSON in production or when asked, pretty otherwise', () => {
    expect(defaultLogFormat({ NODE_ENV: 'production' })).toBe('json');
    expect(defaultLogFormat({ NODE_ENV: 'development' })).toBe('pretty');
    expect(defaultLogFormat({ NODE_ENV: 'development', LOG_FORMAT: 'json' })).toBe('json');
    expect(defaultLogFormat({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' })).toBe('pretty');
  });
});
