import { PrismaPg } from '@prisma/adapter-pg';
import { inject } from 'vitest';
import { PrismaClient } from '@/generated/prisma/client';

let client: PrismaClient | undefined;

/** A Prisma client on the test database, for arranging data and checking what was written. */
export function testDb(): PrismaClient {
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: inject('databaseUrl'), max: 2 }) });
  return client;
}
