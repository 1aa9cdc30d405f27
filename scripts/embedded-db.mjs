// PGlite served on the wire protocol, so the app, Prisma's CLI and the tests use it as a real server.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// PGlite creates only extensions it was started with: every PGlite we start passes these (docs/queue.md).
export const PGLITE_EXTENSIONS = Object.freeze({ pg_trgm });

export async function startEmbeddedDatabase({ dataDir, port = 0 } = {}) {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { ...PGLITE_EXTENSIONS } });
  // Under load the server can interleave two connections' extended-protocol messages ("bind message
  // supplies 3 parameters…"), so each client keeps to one connection (EMBEDDED_DATABASE_ENV).
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

// One connection per process: a burst of requests waits for it rather than answering 503.
// Nobody else writes to it, and a listening connection would hold one of its few: no LISTEN; its connections share
// one session, where named statements would collide: none (docs/performance.md).
export const EMBEDDED_DATABASE_ENV = { DATABASE_POOL_MAX: '1', DATABASE_CONNECT_TIMEOUT_MS: '60000', CONFIG_LISTEN: '0', DATABASE_PREPARED_STATEMENTS: '0' };
