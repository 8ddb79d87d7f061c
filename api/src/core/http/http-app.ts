import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../logger.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { ping } from '../db/query.js';
import { findVariants, precompressed, sendPrecompressed } from './precompressed.js';

/**
 * Headers that cost nothing and close whole classes of attacks (MIME sniffing, framing, referrer
 * leaks). `connect-src 'self'` covers the same-origin WebSocket the web client opens; images come
 * only from here (posts link off-site images instead, see forum markdown), so a post cannot make
 * readers' browsers call a third party. HSTS only when users reach us over https (PUBLIC_URL).
 */
function securityHeaders(production: boolean, publicUrl: string | undefined) {
  const csp = [
    "default-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  const https = publicUrl?.startsWith('https:') ?? false;
  return (req: Request, res: Response, next: () => void) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    if (https) res.setHeader('Strict-Transport-Security', 'max-age=15552000; includeSubDomains');
    // Apollo's dev landing page (Sandbox) loads scripts from its CDN; the CSP applies to the web app.
    if (!req.path.startsWith('/graphql') || production) res.setHeader('Content-Security-Policy', csp);
    next();
  };
}

export function resolveWebDist(config: Config): string | undefined {
  const candidates = [config.webDist, path.resolve(import.meta.dirname, '../../../../web/dist'), path.resolve('web/dist')].filter(Boolean) as string[];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html')));
}

export interface ReadinessCheck {
  (): Promise<void>;
}

/** Express app with health endpoints and the built web app; the GraphQL middleware is mounted by the caller. */
export function createHttpApp(config: Config, orm: MikroORM, extraReadiness: ReadinessCheck[] = []): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(config.nodeEnv === 'production', config.publicUrl));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await ping(orm.em);
      for (const check of extraReadiness) await check();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  return app;
}

/** Serves the built SPA; unknown paths get index.html so client-side routes survive a reload. */
export function mountWeb(app: Express, webDist: string | undefined): void {
  if (!webDist) {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Rembuk API is running. The web app is not built: run `npm run build`.');
    });
    return;
  }
  // Brotli and gzip copies made at build time (web/precompress.ts); the plain file for everyone else.
  const variants = findVariants(webDist);
  const isAsset = (urlPath: string) => urlPath.startsWith('/assets/');
  app.use(precompressed(webDist, variants, (urlPath) => (isAsset(urlPath) ? { immutable: true, maxAge: '1y' } : { maxAge: '1h' })));
  app.use('/assets', express.static(path.join(webDist, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  app.use(express.static(webDist, { index: false, maxAge: '1h' }));
  const indexHtml = path.join(webDist, 'index.html');
  app.get(/^\/(?!graphql|healthz|readyz|assets\/).*/, (req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    if (!sendPrecompressed(req, res, variants, webDist, '/index.html', { cacheControl: 'no-cache' })) res.sendFile(indexHtml);
  });
}

/** Express's default handler prints stack traces outside production; ours answers in GraphQL's error shape. */
export function errorHandler(logger: Logger) {
  return (err: { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err }, 'unhandled HTTP error');
    const message =
      status === 413 ? 'Request body too large' : err.type === 'entity.parse.failed' ? 'Malformed JSON body' : status === 500 ? 'Internal server error' : 'Bad request';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  };
}
