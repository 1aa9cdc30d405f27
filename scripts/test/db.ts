import { PrismaPg } from '@prisma/adapter-pg';
import { inject } from 'vitest';
import { PrismaClient } from '@/generated/prisma/client';

let client: PrismaClient | undefined;

/**
 * A Prisma client on the test database, for arranging data and checking what was written.
 * The HTTP tests get the running app's database in MESA_TEST_DATABASE_URL.
 */
export function testDb(): PrismaClient {
  const url = process.env.MESA_TEST_DATABASE_URL ?? inject('databaseUrl');
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 4) }) });
  return client;
}
