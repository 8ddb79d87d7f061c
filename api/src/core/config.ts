import path from 'node:path';
import { z } from 'zod';

export type NodeEnv = 'development' | 'production' | 'test';

export interface Config {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** Unset means: start the embedded PostgreSQL (PGlite). */
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  dataDir: string;
  demoData: boolean;
  publicUrl: string | undefined;
  webDist: string | undefined;
  sessionTtlDays: number;
  cookieSecure: boolean;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  logLevel: LogLevel;
  /** `pretty` lines for a terminal, `json` for log collectors (the default in production). */
  logFormat: 'json' | 'pretty';
  trustProxy: boolean;
  /** How often each instance looks for outbox events another instance left undelivered. */
  outboxSweepSeconds: number;
  /** SIGTERM/SIGINT: how long draining (requests, sockets, outbox) may take before the process exits anyway. */
  shutdownTimeoutSeconds: number;
  /** An instance's count of live participants is forgotten this long after its last report (a crashed instance). */
  livePresenceTtlSeconds: number;
  /** Guests one live session takes at most (signed-in participants are not counted). */
  liveGuestsPerSession: number;
  /** A guest's upvote cast this soon after joining is shown to moderators apart (vote-rigging by fresh guests). */
  liveFreshGuestSeconds: number;
  /** Parsed WebSocket documents kept for reuse, in (estimated) bytes, over all connections. */
  wsDocumentCacheBytes: number;
  /** Of that, what one connection's documents may take; beyond it they are parsed but not kept. */
  wsDocumentCachePerConnectionBytes: number;
}

/** api/src/core or api/dist/core -> the repository root. */
const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

// Every variable, with the one-line message a person sees when it is wrong. Empty means unset.
const unset = (v: unknown) => (v === '' ? undefined : v);

const int = (key: string, fallback: number, min: number, max: number) =>
  z.preprocess(
    unset,
    z
      .string()
      .optional()
      .transform((raw, c) => {
        if (raw === undefined) return fallback;
        const n = Number(raw);
        if (!Number.isInteger(n) || n < min || n > max) {
          c.addIssue({ code: 'custom', message: `${key} must be a whole number from ${min} to ${max}, got "${raw}"` });
          return z.NEVER;
        }
        return n;
      }),
  );

const bool = (key: string) =>
  z.preprocess(
    unset,
    z
      .string()
      .optional()
      .transform((raw, c) => {
        if (raw === undefined) return undefined;
        const v = raw.toLowerCase();
        if (['1', 'true', 'yes', 'on'].includes(v)) return true;
        if (['0', 'false', 'no', 'off'].includes(v)) return false;
        c.addIssue({ code: 'custom', message: `${key} must be true or false, got "${raw}"` });
        return z.NEVER;
      }),
  );

const url = (key: string, protocols: string[], needsHost = true) =>
  z.preprocess(
    unset,
    z
      .string()
      .optional()
      .transform((raw, c) => {
        if (raw === undefined) return undefined;
        let parsed: URL;
        try {
          parsed = new URL(raw);
        } catch {
          c.addIssue({ code: 'custom', message: `${key} is not a valid URL (expected ${protocols[0]}//user@host:port/name)` });
          return z.NEVER;
        }
        if (!protocols.includes(parsed.protocol)) {
          c.addIssue({ code: 'custom', message: `${key} must start with ${protocols.join(' or ')}, got "${parsed.protocol}"` });
          return z.NEVER;
        }
        if (needsHost && !parsed.hostname) {
          c.addIssue({ code: 'custom', message: `${key} has no host name` });
          return z.NEVER;
        }
        return raw;
      }),
  );

const text = z.preprocess(unset, z.string().optional());

const EnvSchema = z.object({
  NODE_ENV: z.preprocess(unset, z.enum(['development', 'production', 'test'], { error: (i) => `NODE_ENV must be development, production or test, got "${String(i.input)}"` }).default('development')),
  PORT: int('PORT', 4000, 0, 65535),
  HOST: text,
  DATABASE_URL: url('DATABASE_URL', ['postgres:', 'postgresql:']),
  REDIS_URL: url('REDIS_URL', ['redis:', 'rediss:'], false),
  DATA_DIR: text,
  INIT_CWD: text,
  DEMO_DATA: bool('DEMO_DATA'),
  PUBLIC_URL: url('PUBLIC_URL', ['http:', 'https:']),
  WEB_DIST: text,
  SESSION_TTL_DAYS: int('SESSION_TTL_DAYS', 30, 1, 365),
  COOKIE_SECURE: bool('COOKIE_SECURE'),
  ADMIN_EMAIL: text,
  ADMIN_PASSWORD: text,
  LOG_LEVEL: z.preprocess(unset, z.enum(LOG_LEVELS, { error: (i) => `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${String(i.input)}"` }).optional()),
  LOG_FORMAT: z.preprocess(unset, z.enum(['json', 'pretty'], { error: (i) => `LOG_FORMAT must be json or pretty, got "${String(i.input)}"` }).optional()),
  TRUST_PROXY: bool('TRUST_PROXY'),
  OUTBOX_SWEEP_SECONDS: int('OUTBOX_SWEEP_SECONDS', 10, 1, 3600),
  SHUTDOWN_TIMEOUT_SECONDS: int('SHUTDOWN_TIMEOUT_SECONDS', 10, 1, 300),
  LIVE_PRESENCE_TTL_SECONDS: int('LIVE_PRESENCE_TTL_SECONDS', 45, 3, 3600),
  LIVE_GUESTS_PER_SESSION: int('LIVE_GUESTS_PER_SESSION', 2000, 1, 100_000),
  LIVE_FRESH_GUEST_SECONDS: int('LIVE_FRESH_GUEST_SECONDS', 60, 0, 86_400),
  WS_DOCUMENT_CACHE_BYTES: int('WS_DOCUMENT_CACHE_BYTES', 8 * 1024 * 1024, 0, 1024 * 1024 * 1024),
  WS_DOCUMENT_CACHE_PER_CONNECTION_BYTES: int('WS_DOCUMENT_CACHE_PER_CONNECTION_BYTES', 256 * 1024, 0, 1024 * 1024 * 1024),
});

/** Reads and validates the environment once; a bad value stops start-up with one line saying which and why. */
export function loadConfig(env: Env = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]!.message);
  const e = parsed.data;
  // npm runs workspace scripts inside api/; INIT_CWD is where the user typed `npm start`.
  // Run directly (node api/dist/main.js), the default is the repository root, not the cwd.
  const dataDir = path.resolve(e.INIT_CWD ?? REPO_ROOT, e.DATA_DIR ?? 'data');
  const demoData = e.DEMO_DATA ?? (e.NODE_ENV !== 'production' && e.DATABASE_URL === undefined);
  if (demoData && e.NODE_ENV === 'production') {
    throw new ConfigError('DEMO_DATA cannot be on when NODE_ENV=production (demo users have published passwords)');
  }
  if ((e.ADMIN_EMAIL === undefined) !== (e.ADMIN_PASSWORD === undefined)) throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  if (e.ADMIN_PASSWORD !== undefined && e.ADMIN_PASSWORD.length < 10) throw new ConfigError('ADMIN_PASSWORD must be at least 10 characters');
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST ?? '0.0.0.0',
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    dataDir,
    demoData,
    publicUrl: e.PUBLIC_URL,
    webDist: e.WEB_DIST,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    cookieSecure: e.COOKIE_SECURE ?? (e.PUBLIC_URL?.startsWith('https:') ?? e.NODE_ENV === 'production'),
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV === 'production' ? 'json' : 'pretty'),
    trustProxy: e.TRUST_PROXY ?? false,
    outboxSweepSeconds: e.OUTBOX_SWEEP_SECONDS,
    shutdownTimeoutSeconds: e.SHUTDOWN_TIMEOUT_SECONDS,
    livePresenceTtlSeconds: e.LIVE_PRESENCE_TTL_SECONDS,
    liveGuestsPerSession: e.LIVE_GUESTS_PER_SESSION,
    liveFreshGuestSeconds: e.LIVE_FRESH_GUEST_SECONDS,
    wsDocumentCacheBytes: e.WS_DOCUMENT_CACHE_BYTES,
    wsDocumentCachePerConnectionBytes: Math.min(e.WS_DOCUMENT_CACHE_PER_CONNECTION_BYTES, e.WS_DOCUMENT_CACHE_BYTES),
  };
}
