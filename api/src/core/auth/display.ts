import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContextDisplay } from '../context.js';
import type { RateLimiter } from '../rate-limit.js';
import type { DisplayProvider } from './identity.js';
import { hashToken } from './tokens.js';

const TOKEN_MAX = 200;

/**
 * The one lookup of a display token, for HTTP requests and WebSocket connects alike. Only misses
 * count against the address, and an address over its limit gets no lookup at all: a projector
 * with a good token never waits, a guesser stops after a few tries.
 */
export async function resolveDisplay(provider: DisplayProvider | undefined, root: EntityManager, token: string, ip: string, limiter: RateLimiter): Promise<ContextDisplay | null> {
  if (!provider) return null;
  if (await limiter.peek(provider.missLimit, ip)) return null;
  const display = token.length <= TOKEN_MAX ? await provider.resolve(root, hashToken(token)) : null;
  if (!display) await limiter.hit(provider.missLimit, ip);
  return display;
}
