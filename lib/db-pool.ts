import 'server-only';
import pg from 'pg';
import { getConfig } from '@/lib/config';

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

/**
 * The process's connections: Prisma's adapter, `rawRows` and the proxy's reachability check share them
 * (kept on globalThis, which the proxy's bundle and the app's share in one process).
 */
export function pool(): pg.Pool {
  if (!globalForPool.pgPool) {
    const config = getConfig();
    globalForPool.pgPool = new pg.Pool({
      connectionString: config.DATABASE_URL,
      max: config.DATABASE_POOL_MAX,
      connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
    });
    // An idle connection the server closes (a restart, pg_terminate_backend) is dropped from the pool;
    // unhandled, the event would end the process.
    globalForPool.pgPool.on('error', (err) => console.warn('Conexión a la base de datos cerrada:', err.message));
    // A connection can also die while checked out before its user listens (pg_terminate_backend right after it
    // opened, before Prisma's transaction attaches its listener): the statement sent on it then fails, and the
    // pool discards it on release; unheard, the event would be an uncaught exception.
    globalForPool.pgPool.on('connect', (client) => client.on('error', () => {}));
  }
  return globalForPool.pgPool;
}
