import fs from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo, Server } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDb {
  url: string;
  /** Connections the socket server accepts; the ORM pool must not exceed it. */
  maxConnections: number;
  db: PGlite;
  stop(): Promise<void>;
}

export interface EmbeddedDbOptions {
  /** Directory for the data files; omit for an in-memory database. */
  dataDir?: string;
  /** A tarball made by `dumpDataDir`, to start from a prepared (migrated) state. */
  loadDataDir?: Blob;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) in this process and serves it over the
 * PostgreSQL wire protocol on a free loopback port, so the ORM uses its normal `pg` driver.
 */
export async function startEmbeddedDb(opts: EmbeddedDbOptions = {}): Promise<EmbeddedDb> {
  if (opts.dataDir) await fs.mkdir(path.dirname(opts.dataDir), { recursive: true });
  const db = await PGlite.create({
    dataDir: opts.dataDir,
    loadDataDir: opts.loadDataDir,
    extensions: { pg_trgm },
  });
  const maxConnections = 1;
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections });
  await server.start();
  // Listening on port 0 picks a free port; the server object keeps the requested 0, so ask the socket.
  const listener = (server as unknown as { server: Server }).server;
  const port = (listener.address() as AddressInfo).port;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    maxConnections,
    db,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
