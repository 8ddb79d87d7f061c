import type http from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { MessageType } from 'graphql-ws';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { DocumentCache } from './document-cache.js';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Armor } from '../graphql/armor.js';
import { formatError, localize } from '../graphql/format-error.js';
import { sharedSubscribe } from './shared-subscribe.js';
import { Fanout, type Channel } from './fanout.js';
import type { Events } from '../events/bus.js';
import { WsAuth } from './ws-auth.js';
import type { Audience } from './fanout.js';
import type { IdentityProviders } from '../auth/identity.js';
import type { Context, ContextDisplay, ContextGuest, ContextUser, Services } from '../context.js';
import { langFrom } from '../i18n.js';
import { nulInputError } from '../graphql/input-guard.js';
import { coreMessages } from '../core.messages.js';
import { makeContext } from '../request-context.js';
import { clientAddress } from '../http/client-address.js';
import { REVOCATIONS } from '../auth/revocation.js';
import { DISPLAY_TOKEN_PREFIX, GUEST_TOKEN_PREFIX, guestTokenFromHeaders, tokenFromHeaders } from '../auth/session.js';
import { resolveDisplay } from '../auth/display.js';

type ConnectionState = {
  user: ContextUser | null;
  sessionHash: string | null;
  guest: ContextGuest | null;
  display?: ContextDisplay | null;
};

const REVOCATION_SWEEP_MS = 30_000;
/** A socket that cannot keep up (this much unsent) is closed; its client reconnects and catches up. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** Close code for a slow consumer: "try again later", which graphql-ws clients retry. */
const CLOSE_TOO_SLOW = 1013;

/**
 * Frames a `next` message around an already serialized payload (the fan-out's shared JSON):
 * graphql-ws's own framing would parse and re-serialize it per subscriber. The frame is the
 * protocol's NextMessage (see ws-server.test.ts, which checks it against graphql-ws's parser).
 */
export function channelTo(socket: Pick<WebSocket, 'readyState' | 'bufferedAmount' | 'send' | 'close'>, id: string): Channel {
  const head = `{"id":${JSON.stringify(id)},"type":"${MessageType.Next}","payload":`;
  return (payload) => {
    if (socket.readyState !== WebSocket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      socket.close(CLOSE_TOO_SLOW, 'Too slow');
      return;
    }
    socket.send(`${head}${payload}}`);
  };
}

/**
 * Cross-site WebSocket hijacking guard: browsers always send Origin; its scheme and host must
 * be ours. With PUBLIC_URL set that is its origin; without, the Host header over http (this
 * server speaks no TLS), or https when a trusted proxy says so.
 */
export function sameOrigin(req: Pick<http.IncomingMessage, 'headers'>, publicUrl: string | undefined, trustProxy: boolean): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser; it must still present a token
  try {
    const from = new URL(origin);
    if (publicUrl) return from.origin === new URL(publicUrl).origin;
    const forwardedProto = trustProxy ? String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() : '';
    const scheme = forwardedProto || 'http';
    return from.protocol === `${scheme}:` && from.host === req.headers.host;
  } catch {
    return false;
  }
}

export interface WsOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  orm: MikroORM;
  services: Services;
  armor: Armor;
  identity: IdentityProviders;
  /** Subscription root fields whose events are executed once per audience (see fanout.ts). */
  audiences: Record<string, Audience>;
}

/**
 * graphql-ws on the same path as HTTP GraphQL. Authenticates at connect (cookie, bearer
 * header or connectionParams.token), applies the same depth/cost limits as HTTP to every
 * operation, re-checks the session per operation, and closes sockets whose session was revoked.
 */
export function attachWebSocketServer(opts: WsOptions) {
  const { schema, orm, services } = opts;
  const wss = new WebSocketServer({ server: opts.httpServer, path: '/graphql', maxPayload: 256 * 1024 });
  // Who each authenticated socket is, for the revocation sweep and for revocations as they happen.
  const sockets = new Map<WebSocket, string>();
  const guestSockets = new Map<WebSocket, number>();
  const displaySockets = new Map<WebSocket, number>();
  const { wsDocumentCacheBytes: totalBytes, wsDocumentCachePerConnectionBytes: perConnectionBytes } = services.config;
  const documents = new DocumentCache(schema, opts.armor, { totalBytes, perConnectionBytes });
  const connectionNumbers = new WeakMap<WebSocket, number>();
  let connections = 0;
  const connectionOf = (socket: WebSocket) => connectionNumbers.get(socket) ?? (connectionNumbers.set(socket, ++connections), connections);
  const auth = new WsAuth(orm.em, opts.identity);
  const fanout = new Fanout((name, id) => services.pubsub.subscribe(name as keyof Events, id));
  const channels = new WeakMap<Context, Channel>();
  // Errors leave as on HTTP: stable codes, generic text for faults, the user's language.
  const forClient = (req: http.IncomingMessage, errors: readonly GraphQLError[]) => errors.map((e) => localize(formatError(e.toJSON(), e, services.logger), langFrom(req.headers)));

  const disposable = useServer<Record<string, unknown> | undefined, ConnectionState>(
    {
      schema,
      isProd: services.config.nodeEnv === 'production',
      // Each event is executed once per audience and the result shared by its subscribers.
      subscribe: sharedSubscribe({ audiences: opts.audiences, fanout, channelOf: (ctx) => channels.get(ctx) }),
      onConnect: async (ctx) => {
        const req = ctx.extra.request;
        if (!sameOrigin(req, services.config.publicUrl, services.config.trustProxy)) return false;
        const paramToken = typeof ctx.connectionParams?.token === 'string' ? ctx.connectionParams.token : null;
        if (paramToken?.startsWith(DISPLAY_TOKEN_PREFIX)) {
          // A read-only screen: the same lookup (and miss limit) as over HTTP; cookies do not mix in.
          const display = await resolveDisplay(opts.identity.displays, orm.em, paramToken, clientAddress(req, services.config.trustProxy), services.rateLimiter);
          if (!display) return false;
          Object.assign(ctx.extra, { user: null, sessionHash: null, guest: null, display });
          displaySockets.set(ctx.extra.socket, display.id);
          return true;
        }
        if (paramToken?.startsWith(GUEST_TOKEN_PREFIX) || (!paramToken && !tokenFromHeaders(req.headers))) {
          // A guest of a live session: allowed on this socket for that session only (checked per operation).
          const token = paramToken ?? guestTokenFromHeaders(req.headers);
          const guest = token && opts.identity.guests ? await opts.identity.guests.resolve(orm.em.fork(), token) : null;
          if (!guest) return false;
          Object.assign(ctx.extra, { user: null, sessionHash: null, guest });
          guestSockets.set(ctx.extra.socket, guest.id);
          return true;
        }
        const session = await auth.session(paramToken ?? tokenFromHeaders(req.headers));
        if (!session) return false;
        Object.assign(ctx.extra, { user: session.user, sessionHash: session.sessionHash, guest: null });
        sockets.set(ctx.extra.socket, session.sessionHash);
        return true;
      },
      onError: (ctx, _id, _payload, errors) => forClient(ctx.extra.request, errors),
      onNext: (ctx, _id, _payload, _args, result) => (result.errors?.length ? { ...result, errors: forClient(ctx.extra.request, result.errors) } : undefined),
      onClose: (ctx) => {
        sockets.delete(ctx.extra.socket);
        guestSockets.delete(ctx.extra.socket);
        displaySockets.delete(ctx.extra.socket);
        documents.release(connectionOf(ctx.extra.socket));
      },
      onSubscribe: async (ctx, id, payload) => {
        const checked = documents.get(payload.query, connectionOf(ctx.extra.socket));
        if ('errors' in checked) return [...checked.errors];
        const { document } = checked;
        const nul = nulInputError(document, payload.variables, payload.query);
        if (nul) return [nul];
        let stillIn: boolean;
        try {
          if (ctx.extra.display) stillIn = await auth.displayStillValid(ctx.extra.display.id);
          else stillIn = ctx.extra.guest ? await auth.guestStillIn(ctx.extra.guest.id) : !!ctx.extra.sessionHash && (await auth.sessionStillValid(ctx.extra.sessionHash));
        } catch (err) {
          // The check could not be made (pool exhausted, slow database): that says nothing about the session, so the socket stays.
          services.logger.warn({ err }, 'websocket session check failed');
          return [new GraphQLError(coreMessages.unavailable.en, { extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2, i18n: coreMessages.unavailable } })];
        }
        if (!stillIn) {
          ctx.extra.socket.close(4401, 'Session ended');
          return [new GraphQLError('Session ended', { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        const contextValue: Context = makeContext(
          orm.em,
          {
            user: ctx.extra.user ?? null,
            guest: ctx.extra.guest ?? null,
            display: ctx.extra.display ?? null,
            sessionHash: ctx.extra.sessionHash ?? null,
            ip: clientAddress(ctx.extra.request, services.config.trustProxy),
            userAgent: ctx.extra.request.headers['user-agent'],
            lang: langFrom(ctx.extra.request.headers),
            services,
          },
        );
        channels.set(contextValue, channelTo(ctx.extra.socket, id));
        return { schema, document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined, contextValue };
      },
    },
    wss,
  );

  const end = (ended: (socket: WebSocket) => boolean) => {
    for (const socket of [...sockets.keys(), ...guestSockets.keys(), ...displaySockets.keys()]) if (ended(socket)) socket.close(4401, 'Session ended');
  };

  // Revocations as they happen, from any instance.
  const revocations = services.pubsub.subscribe(REVOCATIONS, 'all');
  void (async () => {
    for await (const r of revocations) {
      const hashes = new Set(r.sessionHashes ?? []);
      const guests = new Set(r.guestIds ?? []);
      const displays = new Set(r.displayIds ?? []);
      end((socket) => hashes.has(sockets.get(socket) ?? '') || guests.has(guestSockets.get(socket) ?? -1) || displays.has(displaySockets.get(socket) ?? -1));
    }
  })().catch((err: unknown) => services.logger.error({ err }, 'revocation stream ended'));

  // The sweep catches what no event announced (expiry, a revocation made in SQL): one query per kind, whatever the number of sockets.
  const sweep = setInterval(async () => {
    try {
      if (sockets.size && opts.identity.sessions) {
        const hashes = [...new Set(sockets.values())];
        const valid = await opts.identity.sessions.stillValid(orm.em, hashes);
        const dead = new Set(hashes.filter((_, i) => !valid[i]));
        end((socket) => dead.has(sockets.get(socket) ?? ''));
      }
      if (guestSockets.size && opts.identity.guests) {
        const ids = [...new Set(guestSockets.values())];
        const inside = await opts.identity.guests.stillIn(orm.em, ids);
        const out = new Set(ids.filter((_, i) => !inside[i]));
        end((socket) => out.has(guestSockets.get(socket) ?? -1));
      }
      if (displaySockets.size && opts.identity.displays) {
        const ids = [...new Set(displaySockets.values())];
        const valid = await opts.identity.displays.stillValid(orm.em, ids);
        const gone = new Set(ids.filter((_, i) => !valid[i]));
        end((socket) => gone.has(displaySockets.get(socket) ?? -1));
      }
    } catch (err) {
      // A failed check (pool exhausted, slow database) says nothing about the sessions: nobody is closed.
      services.logger.warn({ err }, 'websocket session sweep failed');
    }
  }, REVOCATION_SWEEP_MS);
  sweep.unref();

  let closing: Promise<void> | undefined;
  const close = () => {
    clearInterval(sweep);
    void revocations.return?.();
    closing ??= Promise.resolve(disposable.dispose());
    return closing;
  };
  const drainPlugin: ApolloServerPlugin<Context> = {
    async serverWillStart() {
      return { drainServer: close };
    },
  };
  return { wss, close, drainPlugin, fanout };
}
