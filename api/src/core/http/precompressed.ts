import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { negotiateEncoding, type Encoding } from './compression.js';

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** Which built files have pre-compressed siblings (`app.js.br`, `app.js.gz`), by path from the root. */
export function findVariants(root: string): Map<string, Encoding[]> {
  const variants = new Map<string, Encoding[]>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.endsWith('.br') && !entry.name.endsWith('.gz')) {
        const found = (['br', 'gzip'] as const).filter((e) => fs.existsSync(full + SUFFIX[e]));
        if (found.length) variants.set(`/${path.relative(root, full).split(path.sep).join('/')}`, found);
      }
    }
  };
  walk(root);
  return variants;
}

export interface SendOptions {
  maxAge?: string | number;
  immutable?: boolean;
  cacheControl?: string;
}

/**
 * Sends `urlPath`'s pre-compressed file when one exists and the client takes it, with the
 * original's type, `Content-Encoding` and `Vary: Accept-Encoding`; false when there is none to
 * send (the caller serves the file as it is; Vary is already set when variants exist).
 */
export function sendPrecompressed(req: Request, res: Response, variants: Map<string, Encoding[]>, root: string, urlPath: string, options: SendOptions = {}): boolean {
  const offered = variants.get(urlPath);
  if (!offered) return false;
  res.vary('Accept-Encoding');
  const encoding = negotiateEncoding(req.headers['accept-encoding'], offered);
  if (!encoding) return false;
  res.setHeader('Content-Encoding', encoding);
  res.type(path.extname(urlPath));
  if (options.cacheControl) res.setHeader('Cache-Control', options.cacheControl);
  res.sendFile(path.join(root, urlPath) + SUFFIX[encoding], { maxAge: options.maxAge, immutable: options.immutable, cacheControl: !options.cacheControl, dotfiles: 'deny' });
  return true;
}

/** Middleware in front of express.static: the same files, pre-compressed when possible. */
export function precompressed(root: string, variants: Map<string, Encoding[]>, options: (urlPath: string) => SendOptions) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    if (!sendPrecompressed(req, res, variants, root, urlPath, options(urlPath))) next();
  };
}
