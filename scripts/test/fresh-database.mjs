// A database of its own for each test run: a new database on the PostgreSQL server named by
// DATABASE_URL, or an in-memory embedded PGlite when DATABASE_URL is unset.
import { randomBytes } from 'node:crypto';
import { startEmbeddedDatabase } from '../embedded-db.mjs';
import { withClient } from '../lib/pg-client.mjs';

/**
 * @param {string | null | undefined} serverUrl any database URL on the server to use; undefined reads
 *   DATABASE_URL, null asks for the embedded database whatever DATABASE_URL says
 * @returns {Promise<{ url: string, embedded: boolean, drop: () => Promise<void> }>}
 */
export async function createFreshDatabase(serverUrl = process.env.DATABASE_URL) {
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase();
    return { url: embedded.url, embedded: true, drop: embedded.stop };
  }
  const name = `mesa_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  await withClient(admin.href, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    embedded: false,
    drop: () => withClient(admin.href, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

