import type http from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { MessageType } from 'graphql-ws';
import { LRUCache } from 'lru-cache';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { LIMITS } from '../graphql/armor.js';
import { sharedSubscribe } from './shared-subscribe.js';
import { Fanout, type Channel } from './fanout.js';
import type { Events } from '../events/bus.js';
import { WsAuth } from './ws-auth.js';
import type { Audience } from './fanout.js';
import type { IdentityProviders } from '../auth/identity.js';
import type { Context, ContextGuest, ContextUser, Services } from '../context.js';
import { langFrom } from '../i18n.js';
import { nulInputError } from '../graphql/input-guard.js';
import { makeContext } from '../request-context.js';
import { GUEST_TOKEN_PREFIX, guestTokenFromHeaders, tokenFromHeaders } from '../auth/session.js';

type ConnectionState = {
  user: ContextUser | null;
  sessionHash: string | null;
  guest: ContextGuest | null;
};

const REVOCATION_SWEEP_MS = 30_000;
/** A socket that cannot keep up (this much unsent) is closed; its client reconnects and catches up. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** Close code for a slow consumer: "try again later", which graphql-ws clients retry. */
const CLOSE_TOO_SLOW = 1013;

type Checked = { document: DocumentNode } | { errors: readonly GraphQLError[] };

/** What the parsed-document cache may hold: a parsed document takes roughly ten times its text. */
const DOCUMENT_CACHE_BYTES = 16 * 1024 * 1024;

/**
 * Parsed and validated documents by query text. A hall of participants sends the same
 * subscription; parsing and validating it once instead of once per socket. Bounded by bytes
 * (least recently used go first), so a client sending huge distinct documents cannot grow it.
 */
class DocumentCache {
  private readonly entries = new LRUCache<string, Checked>({ maxSize: DOCUMENT_CACHE_BYTES, sizeCalculation: (_value, query) => query.length * 10 + 100 });
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: ValidationRule[],
  ) {}

  get(query: string): Checked {
    let entry = this.entries.get(query);
    if (entry) return entry;
    try {
      const document = parse(query, { maxTokens: LIMITS.maxTokens });
      const errors = validate(this.schema, document, this.rules);
      entry = errors.length ? { errors } : { document };
    } catch (e) {
      entry = { errors: [e instanceof GraphQLError ? e : new GraphQLError('Invalid query')] };
    }
    this.entries.set(query, entry);
    return entry;
  }
}

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

/** Cross-site WebSocket hijacking guard: browsers always send Origin; it must match our Host. */
function sameOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser; it must still present a token
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export interface WsOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  orm: MikroORM;
  services: Services;
  validationRules: ValidationRule[];
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
  const sockets = new Map<WebSocket, string>();
  const documents = new DocumentCache(schema, [...specifiedRules, ...opts.validationRules]);
  const auth = new WsAuth(orm.em, opts.identity);
  const fanout = new Fanout((name, id) => services.pubsub.subscribe(name as keyof Events, id));
  const channels = new WeakMap<Context, Channel>();

  const disposable = useServer<Record<string, unknown> | undefined, ConnectionState>(
    {
      schema,
      isProd: services.config.nodeEnv === 'production',
      // Each event is executed once per audience and the result shared by its subscribers.
      subscribe: sharedSubscribe({ audiences: opts.audiences, fanout, channelOf: (ctx) => channels.get(ctx) }),
      onConnect: async (ctx) => {
        const req = ctx.extra.request;
        if (!sameOrigin(req)) return false;
        const paramToken = typeof ctx.connectionParams?.token === 'string' ? ctx.connectionParams.token : null;
        if (paramToken?.startsWith(GUEST_TOKEN_PREFIX) || (!paramToken && !tokenFromHeaders(req.headers))) {
          // A guest of a live session: allowed on this socket for that session only (checked per operation).
          const token = paramToken ?? guestTokenFromHeaders(req.headers);
          const guest = token && opts.identity.guests ? await opts.identity.guests.resolve(orm.em.fork(), token) : null;
          if (!guest) return false;
          Object.assign(ctx.extra, { user: null, sessionHash: null, guest });
          return true;
        }
        const session = await auth.session(paramToken ?? tokenFromHeaders(req.headers));
        if (!session) return false;
        Object.assign(ctx.extra, { user: session.user, sessionHash: session.sessionHash, guest: null });
        sockets.set(ctx.extra.socket, session.sessionHash);
        return true;
      },
      onClose: (ctx) => {
        sockets.delete(ctx.extra.socket);
      },
      onSubscribe: async (ctx, id, payload) => {
        const checked = documents.get(payload.query);
        if ('errors' in checked) return [...checked.errors];
        const { document } = checked;
        const nul = nulInputError(document, payload.variables, payload.query);
        if (nul) return [nul];
        const stillIn = ctx.extra.guest
          ? await auth.guestStillIn(ctx.extra.guest.id)
          : !!ctx.extra.sessionHash && (await auth.sessionStillValid(ctx.extra.sessionHash));
        if (!stillIn) {
          ctx.extra.socket.close(4401, 'Session ended');
          return [new GraphQLError('Session ended', { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        const contextValue: Context = makeContext(
          orm.em,
          {
            user: ctx.extra.user ?? null,
            guest: ctx.extra.guest ?? null,
            sessionHash: ctx.extra.sessionHash ?? null,
            ip: ctx.extra.request.socket.remoteAddress ?? 'unknown',
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

  // One query per sweep, whatever the number of sockets.
  const sweep = setInterval(async () => {
    if (sockets.size === 0) return;
    try {
      const hashes = [...new Set(sockets.values())];
      const valid = opts.identity.sessions ? await opts.identity.sessions.stillValid(orm.em, hashes) : hashes.map(() => false);
      const alive = new Set(hashes.filter((_, i) => valid[i]));
      for (const [socket, hash] of sockets) if (!alive.has(hash)) socket.close(4401, 'Session ended');
    } catch (err) {
      services.logger.warn({ err }, 'websocket session sweep failed');
    }
  }, REVOCATION_SWEEP_MS);
  sweep.unref();

  let closing: Promise<void> | undefined;
  const close = () => {
    clearInterval(sweep);
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
