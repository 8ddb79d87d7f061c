import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { bootApp, StartupError } from '../app/boot.js';
import { createLogger } from './logger.js';

const fails = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data in development', () => {
    const c = loadConfig({ INIT_CWD: '/srv/rembuk' });
    expect(c).toMatchObject({ port: 4000, databaseUrl: undefined, demoData: true, nodeEnv: 'development', dataDir: '/srv/rembuk/data' });
  });

  it('turns demo data off with a real database and in production', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/rembuk' }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).demoData).toBe(false);
  });

  it('says in one line what is wrong with each bad value', () => {
    expect(fails({ DATABASE_URL: 'localhost:5432/rembuk' })).toBe('DATABASE_URL must start with postgres: or postgresql:, got "localhost:"');
    expect(fails({ DATABASE_URL: 'not a url' })).toMatch(/^DATABASE_URL is not a valid URL/);
    expect(fails({ REDIS_URL: 'http://x' })).toMatch(/^REDIS_URL must start with redis:/);
    expect(fails({ PORT: 'eighty' })).toBe('PORT must be a whole number from 0 to 65535, got "eighty"');
    expect(fails({ PORT: '70000' })).toMatch(/^PORT must be/);
    expect(fails({ NODE_ENV: 'staging' })).toMatch(/^NODE_ENV must be/);
    expect(fails({ NODE_ENV: 'production', DEMO_DATA: 'true' })).toMatch(/^DEMO_DATA cannot be on/);
    expect(fails({ DEMO_DATA: 'maybe' })).toBe('DEMO_DATA must be true or false, got "maybe"');
    expect(fails({ ADMIN_EMAIL: 'a@b.id' })).toBe('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
    expect(fails({ ADMIN_EMAIL: 'a@b.id', ADMIN_PASSWORD: 'short' })).toMatch(/^ADMIN_PASSWORD must be at least 10/);
    for (const msg of [fails({ PORT: 'x' }), fails({ DATABASE_URL: 'x' })]) expect(msg).not.toContain('\n');
  });
});

describe('start-up', () => {
  it('names an unreachable database server in one line', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/rembuk', PORT: '0' });
    const err = await bootApp(config, createLogger('silent')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).toBe('DATABASE_URL: cannot connect to PostgreSQL at 127.0.0.1:1/rembuk (connection refused; is the server running?)');
  });
});
