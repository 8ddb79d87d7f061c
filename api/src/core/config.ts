import path from 'node:path';

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
  logLevel: string;
  trustProxy: boolean;
}

/** api/src/core or api/dist/core -> the repository root. */
const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function intVar(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${key} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

function boolVar(env: Env, key: string, fallback: boolean): boolean {
  const raw = env[key]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${key} must be true or false, got "${env[key]}"`);
}

function urlVar(env: Env, key: string, protocols: string[]): string | undefined {
  const raw = env[key];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${key} is not a valid URL (expected ${protocols[0]}//user@host:port/name)`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${key} must start with ${protocols.join(' or ')}, got "${url.protocol}"`);
  }
  if (!url.hostname && protocols[0] !== 'redis:') {
    throw new ConfigError(`${key} has no host name`);
  }
  return raw;
}

/** Reads and validates the environment once; every bad value gets a one-line message. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnvRaw}"`);
  }
  const nodeEnv = nodeEnvRaw as NodeEnv;
  const databaseUrl = urlVar(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  // npm runs workspace scripts inside api/; INIT_CWD is where the user typed `npm start`.
  // Run directly (node api/dist/main.js), the default is the repository root, not the cwd.
  const dataDir = path.resolve(env.INIT_CWD ?? REPO_ROOT, env.DATA_DIR ?? 'data');
  const demoDefault = nodeEnv !== 'production' && databaseUrl === undefined;
  const demoData = boolVar(env, 'DEMO_DATA', demoDefault);
  if (demoData && nodeEnv === 'production') {
    throw new ConfigError('DEMO_DATA cannot be on when NODE_ENV=production (demo users have published passwords)');
  }
  const adminEmail = env.ADMIN_EMAIL || undefined;
  const adminPassword = env.ADMIN_PASSWORD || undefined;
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (adminPassword !== undefined && adminPassword.length < 10) {
    throw new ConfigError('ADMIN_PASSWORD must be at least 10 characters');
  }
  const publicUrl = urlVar(env, 'PUBLIC_URL', ['http:', 'https:']);
  return {
    nodeEnv,
    port: intVar(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    redisUrl: urlVar(env, 'REDIS_URL', ['redis:', 'rediss:']),
    dataDir,
    demoData,
    publicUrl,
    webDist: env.WEB_DIST || undefined,
    sessionTtlDays: intVar(env, 'SESSION_TTL_DAYS', 30, 1, 365),
    cookieSecure: boolVar(env, 'COOKIE_SECURE', publicUrl?.startsWith('https:') ?? nodeEnv === 'production'),
    adminEmail,
    adminPassword,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    trustProxy: boolVar(env, 'TRUST_PROXY', false),
  };
}
