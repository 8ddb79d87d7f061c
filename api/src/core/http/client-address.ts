import type http from 'node:http';
import type { Logger } from '../logger.js';

/**
 * The client's address, the same on HTTP and WebSocket: behind a trusted proxy (TRUST_PROXY),
 * the first X-Forwarded-For entry; otherwise the socket's peer. Every per-address limit keys on it.
 */
export function clientAddress(req: Pick<http.IncomingMessage, 'headers' | 'socket'>, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded) return forwarded.split(',')[0]!.trim();
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * Says once, at the first such request, that a proxy seems to be in front while TRUST_PROXY is
 * off: every client then shares the proxy's address, and per-address limits hit everyone at once.
 */
export function proxyWarning(logger: Logger, trustProxy: boolean): (req: Pick<http.IncomingMessage, 'headers'>) => void {
  let warned = trustProxy;
  return (req) => {
    if (warned || !req.headers['x-forwarded-for']) return;
    warned = true;
    logger.warn('requests carry X-Forwarded-For but TRUST_PROXY is off: all clients share the proxy address for rate limits; set TRUST_PROXY=true when a proxy you control is in front');
  };
}
