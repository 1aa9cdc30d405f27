import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { getConfig } from '@/lib/config';
import { statementName } from '@/lib/db-statements';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const config = getConfig();
  const adapter = new PrismaPg(
    {
      connectionString: config.DATABASE_URL,
      max: config.DATABASE_POOL_MAX,
      connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
    },
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

// Transactions queue on a busy ticket's row lock and, on the embedded database, for its single
// connection: they wait as long as a connection may before 503.
export function transactionOptions(): { maxWait: number; timeout: number } {
  const maxWait = Math.max(10_000, getConfig().DATABASE_CONNECT_TIMEOUT_MS);
  return { maxWait, timeout: maxWait + 10_000 };
}
