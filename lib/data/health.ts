import 'server-only';
import { pingDatabase } from '@/lib/data/database-reachable';

/** What `GET /api/salud` reports: this instance answers, and it can reach its database. */
export interface Health {
  aplicacion: 'ok';
  baseDeDatos: 'ok';
}

/** An unreachable database throws, and the route answers 503 (docs/deploy.md). */
export async function checkHealth(): Promise<Health> {
  await pingDatabase();
  return { aplicacion: 'ok', baseDeDatos: 'ok' };
}
