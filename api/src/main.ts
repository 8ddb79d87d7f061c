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
    const seconds = config.shutdownTimeoutSeconds;
    logger.info({ signal }, 'shutting down: finishing requests in progress, sending WebSocket clients elsewhere');
    // Draining aims to be done a second early (the database and Redis close after it); past the limit we go regardless.
    const force = setTimeout(() => {
      logger.warn(`shutdown took over ${seconds} s (SHUTDOWN_TIMEOUT_SECONDS); exiting`);
      process.exit(1);
    }, seconds * 1000);
    force.unref();
    await app.stop(Date.now() + Math.max(500, seconds * 1000 - 1000));
    logger.info('stopped');
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
