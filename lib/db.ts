import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { getConfig } from '@/lib/config';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const config = getConfig();
  const adapter = new PrismaPg({
    connectionString: config.DATABASE_URL,
    max: config.DATABASE_POOL_MAX,
    connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
  });
  return new PrismaClient({ adapter });
}

/** The one Prisma client of this process (kept across hot reloads in development). */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

/**
 * Options for interactive transactions: operations on one busy ticket queue on its row lock, and
 * on the embedded database every transaction queues for the single connection, so a transaction
 * waits as long as a connection may (DATABASE_CONNECT_TIMEOUT_MS, at least 10 s) before 503.
 */
export function transactionOptions(): { maxWait: number; timeout: number } {
  const maxWait = Math.max(10_000, getConfig().DATABASE_CONNECT_TIMEOUT_MS);
  return { maxWait, timeout: maxWait + 10_000 };
}
