import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouteMatcher, mountWeb } from './http-app.js';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'rembuk-dist-'));
let server: Server;
let url: string;

beforeAll(async () => {
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Rembuk</title>');
  fs.writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *\nDisallow: /graphql\n');
  fs.writeFileSync(path.join(dist, 'routes.json'), JSON.stringify({ patterns: ['/', '/forum', '/forum/t/:threadId', '/live/:code/layar', '/wilayah/:code', '/docs/*rest', '/u/:name?'] }));
  const app = express();
  mountWeb(app, dist);
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('answers app routes with the app and 200, other paths with the app and 404', async () => {
    for (const ok of ['/', '/forum', '/forum/', '/forum/t/12', '/live/RAKOR62/layar', '/wilayah/32.11', '/docs/a/b', '/u', '/u/budi']) {
      const res = await fetch(`${url}${ok}`);
      expect([ok, res.status]).toEqual([ok, 200]);
      expect(await res.text()).toContain('<title>Rembuk</title>');
    }
    for (const missing of ['/tidak-ada', '/forum/t', '/forum/t/1/2', '/live/X/lain', '/wp-login.php']) {
      const res = await fetch(`${url}${missing}`, { headers: { 'If-None-Match': '*' } });
      expect([missing, res.status]).toEqual([missing, 404]);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('<title>Rembuk</title>');
    }
  });

  it('serves robots.txt as a robots file, not the app', async () => {
    const res = await fetch(`${url}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(/^User-agent: \*/);
  });

  it('treats every path as a route when the build has no routes.json', () => {
    expect(appRouteMatcher(os.tmpdir())('/anything')).toBe(true);
  });
});
