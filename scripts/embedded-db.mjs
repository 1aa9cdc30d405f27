// The embedded PostgreSQL (PGlite) served on the wire protocol, so the app, Prisma's CLI and
// the tests talk to it exactly as to a real server (STACK.md, "The embedded database").
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * Starts PGlite on a local port. `dataDir` keeps the data on disk; without it the database
 * lives in memory and is gone when the process ends.
 * @param {{ dataDir?: string, port?: number }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedDatabase({ dataDir, port = 0 } = {}) {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  // The server queues queries and keeps a transaction's queries together, so several
  // connections are safe: PGlite still runs one statement at a time.
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
