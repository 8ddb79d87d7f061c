import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { createArmor } from './armor.js';
import type { Context, Services } from './context.js';
import { formatError, localize } from './format-error.js';
import { createHttpApp, errorHandler, mountWeb, resolveWebDist, type ReadinessCheck } from './http-app.js';
import { langFrom } from './i18n.js';
import { nulInputError } from './input-guard.js';
import { createLoaders } from './loaders.js';
import { resolveSession, tokenFromHeaders } from './session.js';
import { attachWebSocketServer } from './ws-server.js';

export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  services: Services;
  readiness?: ReadinessCheck[];
}

function clientIp(req: express.Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const { orm, schema, services } = opts;
  const { config, logger } = services;
  const production = config.nodeEnv === 'production';
  const app = createHttpApp(config, orm, opts.readiness);
  const httpServer = http.createServer(app);
  const armor = createArmor(production);
  const ws = attachWebSocketServer({ httpServer, schema, orm, services, validationRules: armor.validationRules });

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    csrfPrevention: true,
    // main.ts owns shutdown (server, bus, database, in order); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    formatError: (formatted, error) => formatError(formatted, error, logger),
    logger: { debug: () => {}, info: (m) => logger.info(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
    plugins: [
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      ws.drainPlugin,
      {
        // Error messages go out in the user's language (extensions.i18n keeps both).
        async requestDidStart() {
          return {
            async didResolveOperation({ document, request }) {
              const nul = nulInputError(document, request.variables);
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

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const em = orm.em.fork();
        const session = await resolveSession(em, tokenFromHeaders(req.headers));
        return {
          em,
          user: session?.user ?? null,
          sessionHash: session?.sessionHash ?? null,
          ip: clientIp(req),
          userAgent: req.headers['user-agent'],
          lang: langFrom(req.headers),
          loaders: createLoaders(em, session?.user.id ?? null),
          services,
          setCookie: (_name, value) => res.append('Set-Cookie', value),
        };
      },
    }),
  );
  mountWeb(app, resolveWebDist(config));
  app.use(errorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  logger.info({ port }, `Rembuk listening on http://localhost:${port}`);
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    async close() {
      // Apollo's drain plugins close the WebSocket server and the HTTP server, letting requests finish.
      await apollo.stop();
    },
  };
}
