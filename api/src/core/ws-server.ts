import type http from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { LIMITS } from './armor.js';
import { sharedSubscribe } from './shared-subscribe.js';
import { subscriptionAudiences } from './schema.js';
import type { Context, Services } from './context.js';
import { langFrom } from './i18n.js';
import { nulInputError } from './input-guard.js';
import { makeContext } from './request-context.js';
import { GUEST_TOKEN_PREFIX, guestTokenFromHeaders, resolveSession, sessionStillValid, tokenFromHeaders } from './session.js';
import { resolveGuest, resolveGuestById } from '../modules/meeting/guest.js';
import type { Participant } from '../modules/meeting/live-session.entity.js';
import { Session } from '../modules/user/session.entity.js';
import type { User } from '../modules/user/user.entity.js';

type ConnectionState = {
  user: User | null;
  sessionHash: string | null;
  guest: Participant | null;
};

const REVOCATION_SWEEP_MS = 30_000;

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
  const rules = [...specifiedRules, ...opts.validationRules];

  const disposable = useServer<Record<string, unknown> | undefined, ConnectionState>(
    {
      schema,
      isProd: services.config.nodeEnv === 'production',
      // Each event is executed once per audience and the result shared by its subscribers.
      subscribe: sharedSubscribe(subscriptionAudiences),
      onConnect: async (ctx) => {
        const req = ctx.extra.request;
        if (!sameOrigin(req)) return false;
        const paramToken = typeof ctx.connectionParams?.token === 'string' ? ctx.connectionParams.token : null;
        const em = orm.em.fork();
        if (paramToken?.startsWith(GUEST_TOKEN_PREFIX) || (!paramToken && !tokenFromHeaders(req.headers))) {
          // A guest of a live session: allowed on this socket for that session only (checked per operation).
          const guest = await resolveGuest(em, paramToken ?? guestTokenFromHeaders(req.headers));
          if (!guest) return false;
          Object.assign(ctx.extra, { user: null, sessionHash: null, guest });
          return true;
        }
        const session = await resolveSession(em, paramToken ?? tokenFromHeaders(req.headers));
        if (!session) return false;
        Object.assign(ctx.extra, { user: session.user, sessionHash: session.sessionHash, guest: null });
        sockets.set(ctx.extra.socket, session.sessionHash);
        return true;
      },
      onClose: (ctx) => {
        sockets.delete(ctx.extra.socket);
      },
      onSubscribe: async (ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: LIMITS.maxTokens });
        } catch (e) {
          return [e instanceof GraphQLError ? e : new GraphQLError('Invalid query')];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors;
        const nul = nulInputError(document, payload.variables, payload.query);
        if (nul) return [nul];
        const em = orm.em.fork();
        const stillIn = ctx.extra.guest
          ? (await resolveGuestById(em, ctx.extra.guest.id)) !== null
          : !!ctx.extra.sessionHash && (await sessionStillValid(em, ctx.extra.sessionHash));
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
          em,
        );
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
      const live = await orm.em.fork().find(Session, { tokenHash: { $in: hashes }, revokedAt: null, expiresAt: { $gt: new Date() } }, { fields: ['tokenHash'] });
      const alive = new Set(live.map((s) => s.tokenHash));
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
  return { wss, close, drainPlugin };
}
