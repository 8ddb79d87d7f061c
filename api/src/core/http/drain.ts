import type http from 'node:http';
import net from 'node:net';
import type { Socket } from 'node:net';

/** After the last request finishes, idle keep-alive connections are given this long before they are ended. */
const IDLE_GRACE_MS = 250;

export interface HttpDrain {
  /** True once draining began: /readyz answers 503 and every response closes its connection. */
  readonly draining: boolean;
  /**
   * Stops accepting connections, lets every request in progress finish (each answered with
   * `Connection: close`), then ends idle keep-alive connections. Resolves when no request is in
   * progress, or at the deadline. Upgraded (WebSocket) connections are left to their owner.
   */
  drain(deadline: number): Promise<void>;
}

/**
 * Graceful HTTP shutdown. Node's own `server.close()` also destroys every connection it deems
 * idle, including one accepted a moment ago whose request has not been read yet: its client sees
 * a reset for a request it already sent. So only the listener is closed here, and connections end
 * after their response (or, idle since before the drain began, a moment after the last request).
 */
export function trackHttpRequests(server: http.Server): HttpDrain {
  const inFlight = new Map<Socket, number>();
  let draining = false;
  let wake: (() => void) | undefined;
  const pending = () => [...inFlight.values()].reduce((s, n) => s + n, 0);

  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once('close', () => {
      inFlight.delete(socket);
      wake?.();
    });
  });
  // A WebSocket is no longer an HTTP request: its server closes it (with a code telling the client to come back).
  server.on('upgrade', (req: http.IncomingMessage) => inFlight.delete(req.socket));
  server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const socket = req.socket;
    if (draining) res.setHeader('Connection', 'close');
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      if (inFlight.has(socket)) inFlight.set(socket, Math.max(0, (inFlight.get(socket) ?? 1) - 1));
      wake?.();
    };
    res.once('finish', finished);
    res.once('close', finished);
  });

  return {
    get draining() {
      return draining;
    },
    async drain(deadline) {
      draining = true;
      // The listener only (see above); `server.close()` would also destroy fresh connections.
      net.Server.prototype.close.call(server);
      while (pending() > 0 && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 50).unref();
        });
      }
      wake = undefined;
      if (inFlight.size === 0) return;
      await new Promise((r) => setTimeout(r, Math.max(0, Math.min(IDLE_GRACE_MS, deadline - Date.now()))));
      for (const [socket, n] of inFlight) if (n === 0) socket.end();
    },
  };
}
