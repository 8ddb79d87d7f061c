import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';

const apps: TestApp[] = [];
afterAll(() => Promise.all(apps.map((a) => a.close())));

async function headersOf(overrides: Parameters<typeof createTestApp>[0]) {
  const app = await createTestApp(overrides);
  apps.push(app);
  return (await fetch(`${app.url}/healthz`)).headers;
}

const directives = (csp: string | null) => new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));

describe('security headers', () => {
  it('in development over http: a CSP that lets images and connections go only to us, and no HSTS', async () => {
    const h = await headersOf({ nodeEnv: 'development', publicUrl: undefined });
    const csp = directives(h.get('content-security-policy'));
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('img-src')).toBe("'self' data:");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(h.get('strict-transport-security')).toBeNull();
    expect(h.get('x-content-type-options')).toBe('nosniff');
  });

  it('with an https PUBLIC_URL: HSTS for half a year, subdomains included', async () => {
    const h = await headersOf({ nodeEnv: 'production', publicUrl: 'https://rembuk.example.id' });
    expect(h.get('strict-transport-security')).toBe('max-age=15552000; includeSubDomains');
    expect(directives(h.get('content-security-policy')).get('connect-src')).toBe("'self'");
  });

  it('sends no HSTS when PUBLIC_URL is plain http', async () => {
    const h = await headersOf({ publicUrl: 'http://intranet.local' });
    expect(h.get('strict-transport-security')).toBeNull();
  });
});
