import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { createArmor, withoutSuggestions } from '../graphql/armor.js';
import type { Context, Services } from '../context.js';
import { formatError, localize } from '../graphql/format-error.js';
import { createHttpApp, errorHandler, mountWeb, resolveWebDist, type ReadinessCheck } from './http-app.js';
import { langFrom } from '../i18n.js';
import { nulInputError } from '../graphql/input-guard.js';
import { makeContext } from '../request-context.js';
import { displayTokenFromHeaders, guestTokenFromHeaders, tokenFromHeaders } from '../auth/session.js';
import { resolveDisplay } from '../auth/display.js';
import { hashToken } from '../auth/tokens.js';
import type { IdentityProviders } from '../auth/identity.js';
import type { Audience } from '../realtime/fanout.js';
import { attachWebSocketServer } from '../realtime/ws-server.js';
import { graphqlHttpHandler } from './graphql-http.js';
import { clientAddress, proxyWarning } from './client-address.js';

export interface RunningServer {
  port: number;
  url: string;
  /** Live subscription groups and their subscribers (fan-out), for diagnostics and tests. */
  subscriptions(): { groups: number; members: number };
  close(): Promise<void>;
}

export interface ServerOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  services: Services;
  readiness?: ReadinessCheck[];
  identity: IdentityProviders;
  /** Subscription root fields whose events are executed once per audience (see fanout.ts). */
  audiences: Record<string, Audience>;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const { orm, schema, services } = opts;
  const { config, logger } = services;
  const production = config.nodeEnv === 'production';
  const app = createHttpApp(config, orm, opts.readiness);
  const httpServer = http.createServer();
  const armor = createArmor(production);
  const ws = attachWebSocketServer({ httpServer, schema, orm, services, armor, identity: opts.identity, audiences: opts.audiences });
  const { sessions, guests } = opts.identity;

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    csrfPrevention: true,
    // main.ts owns shutdown (server, bus, database, in order); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    formatError: (formatted, error) => {
      const shown = formatError(formatted, error, logger);
      return armor.hideSuggestions ? { ...shown, message: withoutSuggestions(shown.message) } : shown;
    },
    logger: { debug: () => {}, info: (m) => logger.info(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
    plugins: [
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No HTTP caching hints are used; the plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      ws.drainPlugin,
      {
        // Error messages go out in the user's language (extensions.i18n keeps both).
        async requestDidStart() {
          return {
            async didResolveOperation({ document, request }) {
              const nul = nulInputError(document, request.variables, request.query);
              if (nul) throw nul;
            },
            async willSendResponse({ response, contextValue }) {
              if (response.body.kind === 'single' && response.body.singleResult.errors) {
                response.body.singleResult.errors = response.body.singleResult.errors.map((e) => localize(e, contextValue.lang));
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const handleGraphql = graphqlHttpHandler(apollo, async (req, res): Promise<Context> => {
    const ip = clientAddress(req, config.trustProxy);
    const displayToken = displayTokenFromHeaders(req.headers);
    if (displayToken) {
      // A display token stands alone: cookies of whoever else used this browser do not mix in.
      const display = await resolveDisplay(opts.identity.displays, orm.em, displayToken, ip, services.rateLimiter);
      return makeContext(orm.em, { user: null, guest: null, display, sessionHash: null, ip, userAgent: req.headers['user-agent'], lang: langFrom(req.headers), services });
    }
    const token = tokenFromHeaders(req.headers);
    const guestToken = token ? null : guestTokenFromHeaders(req.headers);
    // Sessions are read with plain SQL (no entity manager); a guest needs one, and then the request keeps it.
    const session = token && token.length <= 200 && sessions ? (await sessions.resolve(orm.em, [hashToken(token)]))[0] : null;
    const em = guestToken && guests ? orm.em.fork() : undefined;
    const guest = em && guestToken ? await guests!.resolve(em, guestToken) : null;
    return makeContext(
      orm.em,
      {
        user: session?.user ?? null,
        guest,
        sessionHash: session?.sessionHash ?? null,
        ip,
        userAgent: req.headers['user-agent'],
        lang: langFrom(req.headers),
        services,
        setCookie: (_name, value) => res.appendHeader('Set-Cookie', value),
      },
      em,
    );
  });
  const warnAboutProxy = proxyWarning(logger, config.trustProxy);
  httpServer.on('request', (req, res) => {
    warnAboutProxy(req);
    const path = req.url ?? '/';
    if (path === '/graphql' || path.startsWith('/graphql?')) {
      handleGraphql(req, res).catch((err: unknown) => {
        logger.error({ err }, 'GraphQL HTTP handler failed');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      });
    } else {
      app(req, res);
    }
  });
  mountWeb(app, resolveWebDist(config));
  app.use(errorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  // The address people can open: the host it was bound to, or localhost when it listens on every interface.
  const shown = config.host === '0.0.0.0' || config.host === '::' || !config.host ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  logger.info(`Rembuk is ready at http://${shown}:${port}`);
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    subscriptions: () => ws.fanout.size,
    async close() {
      // Apollo's drain plugins close the WebSocket server and the HTTP server, letting requests finish.
      await apollo.stop();
    },
  };
}
