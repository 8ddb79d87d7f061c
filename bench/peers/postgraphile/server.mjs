/**
 * The peer a user would pick instead of Rembuk's API: PostGraphile v4 (its own graphql 15, from
 * this folder's node_modules) on the bench database, read-only, as the role the bench made for it
 * (select on the forum and region tables, app_user without its secret columns; no sessions). The
 * bench forks this file and talks to it over IPC: it answers { url } once listening, and
 * { statements } (queries this process sent to PostgreSQL so far) to each 'stats' message.
 * See bench/README.md.
 */
import http from 'node:http';
import process from 'node:process';
import pg from 'pg';
import { postgraphile } from 'postgraphile';

const url = process.env.PEER_DATABASE_URL;
const poolMax = Number(process.env.PEER_POOL_MAX);
const jwtSecret = process.env.PEER_JWT_SECRET;
if (!url || !Number.isInteger(poolMax) || !jwtSecret || !process.send) {
  process.stderr.write('postgraphile peer: fork me with PEER_DATABASE_URL, PEER_POOL_MAX and PEER_JWT_SECRET\n');
  process.exit(2);
}

// Every statement goes through Client#query, whatever pool or transaction sends it.
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(...args) {
  statements++;
  return query.apply(this, args);
};

const pool = new pg.Pool({ connectionString: url, max: poolMax });
pool.on('error', () => {});

const middleware = postgraphile(pool, 'public', {
  // As its docs advise for production: no GraphiQL, no schema watching, no query log, terse errors.
  graphiql: false,
  watchPg: false,
  disableQueryLog: true,
  extendedErrors: [],
  showErrorStack: false,
  retryOnInitFail: false,
  // Only what the role may select is in the schema (app_user without password_hash, no user_session).
  ignoreRBAC: false,
  // A bearer token is verified and its claims set per transaction (role switch, jwt.claims.*).
  jwtSecret,
  jwtVerifyOptions: { audience: 'postgraphile' },
});

const server = http.createServer(middleware);
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  process.send({ url: `http://127.0.0.1:${port}/graphql` });
});
process.on('message', (m) => {
  if (m === 'stats') process.send({ statements });
});
// Gone with the bench: the IPC channel closes when the parent exits.
process.on('disconnect', () => process.exit(0));
