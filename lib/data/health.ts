import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { rawRows } from '@/lib/db';

/** What `GET /api/salud` reports: this instance answers, and it can reach its database. */
export interface Health {
  aplicacion: 'ok';
  baseDeDatos: 'ok';
}

/** One trivial statement; an unreachable database throws, and the route answers 503 (docs/deploy.md). */
export async function checkHealth(): Promise<Health> {
  await rawRows(Prisma.sql`SELECT 1`);
  return { aplicacion: 'ok', baseDeDatos: 'ok' };
}
