import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config.js';
import { bootApp, StartupError } from './app/boot.js';
import { createLogger } from './core/logger.js';

function fail(message: string): never {
  process.stderr.write(`rembuk: ${message}\n`);
  process.exit(1);
}

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) fail(err.message);
  throw err;
}
const logger = createLogger(config.logLevel, config.logFormat);

try {
  const app = await bootApp(config, logger);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Open WebSockets and keep-alive connections get 10 s to finish; then we go regardless.
    const force = setTimeout(() => {
      logger.warn('shutdown took over 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    await app.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (err) {
  if (err instanceof StartupError || err instanceof ConfigError) fail(err.message);
  if ((err as { code?: string }).code === 'EADDRINUSE') fail(`PORT: ${config.port} is already in use`);
  logger.fatal({ err }, 'start-up failed');
  process.exit(1);
}
