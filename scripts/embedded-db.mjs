// The embedded PostgreSQL (PGlite) served on the wire protocol, so the app, Prisma's CLI and
// the tests talk to it exactly as to a real server (STACK.md, "The embedded database").
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The extensions the migrations create (pg_trgm: the queue's text search, docs/queue.md). PGlite
 * can only create an extension it was started with, so every PGlite the project starts (this
 * server, the schema engine's shadow database) passes these.
 */
export const PGLITE_EXTENSIONS = Object.freeze({ pg_trgm });

/**
 * Starts PGlite on a local port. `dataDir` keeps the data on disk; without it the database
 * lives in memory and is gone when the process ends.
 * @param {{ dataDir?: string, port?: number }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedDatabase({ dataDir, port = 0 } = {}) {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { ...PGLITE_EXTENSIONS } });
  // PGlite runs one statement at a time. The server accepts several connections, but under load
  // it can interleave the extended-protocol messages of two of them ("bind message supplies 3
  // parameters, but prepared statement requires 2"): clients use one connection each
  // (EMBEDDED_DATABASE_ENV), and the extra connections are for the tests' own client and psql.
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 64 });
  await server.start();
  const actualPort = Number(server.getServerConn().split(':').pop());
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}

/**
 * What the app needs to know on the embedded database: one connection per process (see above),
 * so a burst of requests queues for it; let them wait for it rather than answer 503.
 */
export const EMBEDDED_DATABASE_ENV = { DATABASE_POOL_MAX: '1', DATABASE_CONNECT_TIMEOUT_MS: '60000' };
