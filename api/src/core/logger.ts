import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, redact: ['req.headers.cookie', 'req.headers.authorization'] });
}

/** Module-level logger for code that runs outside a request (scripts, start-up). */
export const rootLogger: Logger = createLogger(process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info'));
