import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { negotiateEncoding } from './compression.js';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A real request whose body comes back as sent (fetch would decompress it and hide the encoding). */
function request(url: string, acceptEncoding: string | null, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (acceptEncoding !== null) headers['accept-encoding'] = acceptEncoding;
    if (body) headers['content-type'] = 'application/json';
    const req = http.request(url, { method: body ? 'POST' : 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const decode = (r: Raw): string => {
  const enc = r.headers['content-encoding'];
  if (enc === 'br') return zlib.brotliDecompressSync(r.body).toString('utf8');
  if (enc === 'gzip') return zlib.gunzipSync(r.body).toString('utf8');
  return r.body.toString('utf8');
};

describe('negotiateEncoding', () => {
  it('prefers br, honours q-values and q=0, and falls back to identity', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0.1, br;q=0')).toBe('gzip');
    expect(negotiateEncoding(undefined)).toBeNull();
    expect(negotiateEncoding('gzip, br', ['gzip'])).toBe('gzip');
  });
});

describe('compressed responses over real HTTP', () => {
  let app: TestApp;
  let dist: string;
  const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `kata-${i}`))};\n`;
  const page = `<!doctype html><html><head><title>Rembuk</title></head><body>${'<p>Rembuk</p>'.repeat(200)}</body></html>`;

  beforeAll(async () => {
    // A built web app as the build leaves it: each text file beside its .br and .gz.
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'rembuk-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    const write = (name: string, text: string, variants = true) => {
      fs.writeFileSync(path.join(dist, name), text);
      if (!variants) return;
      fs.writeFileSync(path.join(dist, `${name}.br`), zlib.brotliCompressSync(text));
      fs.writeFileSync(path.join(dist, `${name}.gz`), zlib.gzipSync(text));
    };
    write('index.html', page);
    write('assets/app-1a2b.js', script);
    write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', false);
    app = await createTestApp({ webDist: dist });
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves a built asset pre-compressed as br or gzip, or as it is, always varying on Accept-Encoding', async () => {
    const url = `${app.url}/assets/app-1a2b.js`;
    const br = await request(url, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['cache-control']).toContain('immutable');
    expect(br.body.length).toBeLessThan(script.length / 2);
    expect(decode(br)).toBe(script);

    const gz = await request(url, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(decode(gz)).toBe(script);

    for (const accept of ['identity', null, 'br;q=0, gzip;q=0']) {
      const plain = await request(url, accept);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
      expect(plain.body.toString('utf8')).toBe(script);
    }
  });

  it('compresses the page for any route of the web app, and leaves files without copies alone', async () => {
    const html = await request(`${app.url}/forum/t/12`, 'br');
    expect(html.headers['content-encoding']).toBe('br');
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.headers['cache-control']).toBe('no-cache');
    expect(decode(html)).toBe(page);
    const icon = await request(`${app.url}/favicon.svg`, 'br, gzip');
    expect(icon.headers['content-encoding']).toBeUndefined();
    expect(icon.body.toString('utf8')).toContain('<svg');
  });

  it('compresses GraphQL answers above a small size as negotiated, and small ones not at all', async () => {
    const big = JSON.stringify({ query: '{ regions(first: 100) { edges { node { code name } } } }' });
    const br = await request(`${app.url}/graphql`, 'br, gzip', big);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    const data = JSON.parse(decode(br)) as { data: { regions: { edges: unknown[] } } };
    expect(data.data.regions.edges.length).toBe(100);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);

    const gz = await request(`${app.url}/graphql`, 'gzip', big);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decode(gz))).toEqual(data);

    const plain = await request(`${app.url}/graphql`, 'identity', big);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString('utf8'))).toEqual(data);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);

    const small = await request(`${app.url}/graphql`, 'br, gzip', JSON.stringify({ query: '{ __typename }' }));
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });
});
