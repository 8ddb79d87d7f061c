import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export type LogFormat = 'json' | 'pretty';

const LEVEL_NAMES: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/**
 * One short line per record for a person at a terminal (`npm start`): time, level when it is not
 * info, the message, and any other fields as key=value. Production keeps pino's JSON for machines.
 */
export function prettyLine(json: string): string {
  const record = JSON.parse(json) as Record<string, unknown>;
  const { level, time, msg, ...rest } = record;
  const at = new Date(typeof time === 'number' ? time : Date.now()).toTimeString().slice(0, 8);
  const name = LEVEL_NAMES[Number(level)] ?? 'info';
  const fields = Object.entries(rest)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  return `${at} ${name === 'info' ? '' : `${name.toUpperCase()} `}${String(msg ?? '')}${fields ? `  ${fields}` : ''}\n`;
}

const prettyStream = (): DestinationStream => ({ write: (line: string) => void process.stdout.write(prettyLine(line)) });

/** JSON unless asked otherwise: LOG_FORMAT, else pretty outside production. */
export const defaultLogFormat = (env: NodeJS.ProcessEnv = process.env): LogFormat =>
  env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'pretty' ? env.LOG_FORMAT : env.NODE_ENV === 'production' ? 'json' : 'pretty';

export function createLogger(level: string, format: LogFormat = defaultLogFormat()): Logger {
  const options = { level, base: undefined, redact: ['req.headers.cookie', 'req.headers.authorization'] };
  return format === 'pretty' ? pino(options, prettyStream()) : pino(options);
}

/** Module-level logger for code that runs outside a request (scripts, start-up). */
export const rootLogger: Logger = createLogger(process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info'));
