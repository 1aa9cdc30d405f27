import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { Prisma, PrismaClient } from '@/generated/prisma/client';
import { getConfig } from '@/lib/config';
import { statementName } from '@/lib/db-statements';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pgPool?: pg.Pool };

/** The process's connections: Prisma's adapter and `rawRows` share them. */
function pool(): pg.Pool {
  const config = getConfig();
  if (!globalForPrisma.pgPool) {
    globalForPrisma.pgPool = new pg.Pool({
      connectionString: config.DATABASE_URL,
      max: config.DATABASE_POOL_MAX,
      connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
    });
    // An idle connection the server closes (a restart, pg_terminate_backend) is dropped from the pool;
    // unhandled, the event would end the process.
    globalForPrisma.pgPool.on('error', (err) => console.warn('Conexión a la base de datos cerrada:', err.message));
    // A connection can also die while checked out before its user listens (pg_terminate_backend right after it
    // opened, before Prisma's transaction attaches its listener): the statement sent on it then fails, and the
    // pool discards it on release; unheard, the event would be an uncaught exception.
    globalForPrisma.pgPool.on('connect', (client) => client.on('error', () => {}));
  }
  return globalForPrisma.pgPool;
}

function createClient(): PrismaClient {
  const config = getConfig();
  const adapter = new PrismaPg(
    pool(),
    // Typed as always naming; pg takes an undefined name as an unnamed statement, as before.
    config.DATABASE_PREPARED_STATEMENTS === '1' ? { statementNameGenerator: statementName as (query: { sql: string }) => string } : {},
  );
  return new PrismaClient({ adapter });
}

/** Kept on globalThis so hot reloads in development reuse one client. */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

/**
 * A hot statement straight on the driver, alone (outside any transaction; one statement is atomic):
 * the rows as pg parses them (timestamptz as Date, jsonb parsed, int8 as string), without the ORM's
 * query and result mapping (docs/performance.md). Prepared when marked, as through `db()`.
 */
export async function rawRows<T>(sql: Prisma.Sql): Promise<T[]> {
  const name = getConfig().DATABASE_PREPARED_STATEMENTS === '1' ? statementName({ sql: sql.text }) : undefined;
  const result = await pool().query({ name, text: sql.text, values: sql.values });
  return result.rows as T[];
}

// Transactions queue on a busy ticket's row lock and, on the embedded database, for its single
// connection: they wait as long as a connection may before 503.
export function transactionOptions(): { maxWait: number; timeout: number } {
  const maxWait = Math.max(10_000, getConfig().DATABASE_CONNECT_TIMEOUT_MS);
  return { maxWait, timeout: maxWait + 10_000 };
}
