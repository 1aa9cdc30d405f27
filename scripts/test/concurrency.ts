import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect } from 'vitest';
import { db } from '@/lib/db';

/** Whether the tests run on the embedded PGlite, which executes one statement at a time. */
export const embeddedDatabase = process.env.MESA_TEST_DATABASE_EMBEDDED === '1';

/** How many statements the pool must be able to run at the same moment for a race to be possible. */
const PARALLEL_STATEMENTS = 4;

/**
 * A describe block that needs a real PostgreSQL server: on the embedded database it is skipped with
 * `why` printed, and CI's PostgreSQL (DATABASE_URL) runs it.
 */
export function describeOnPostgres(name: string, why: string, body: () => void): void {
  if (embeddedDatabase) console.info(`Omitida en la base embebida: «${name}». ${why}; corre contra PostgreSQL (DATABASE_URL, como en CI).`);
  describe.skipIf(embeddedDatabase)(name, body);
}

/**
 * A describe block of race tests. On the embedded database a race cannot happen, so a pass there
 * proves nothing: the block is skipped, and runs against a real PostgreSQL, after checking that the
 * app's pool really runs statements side by side.
 */
export function describeConcurrently(name: string, body: () => void): void {
  describeOnPostgres(name, 'PGlite ejecuta una sentencia a la vez y ahí no hay carreras', () => {
    beforeAll(expectParallelStatements);
    body();
  });
}

/**
 * Sends statements through the app's own pool that wait half a second and then count how many of
 * them are running: if the pool or the server queued them, none sees the others.
 */
async function expectParallelStatements(): Promise<void> {
  const tag = `barrera_${randomBytes(6).toString('hex')}`;
  const sql = `SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE '%${tag}%')::int AS peers FROM (SELECT pg_sleep(0.5)) AS waited`;
  const seen = await Promise.all(Array.from({ length: PARALLEL_STATEMENTS }, () => db().$queryRawUnsafe<{ peers: number }[]>(sql)));
  expect(Math.max(...seen.map((rows) => rows[0]!.peers)), 'sentencias simultáneas en la base de prueba').toBe(PARALLEL_STATEMENTS);
}
