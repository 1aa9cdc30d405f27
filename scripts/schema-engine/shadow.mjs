// Shadow databases: the scratch database where the engine replays the migrations to learn the
// schema they produce (migrate diff --from-migrations, migrate dev). Each one is removed as
// soon as the engine lets go of it, or when the process is told to stop.
import { randomBytes } from 'node:crypto';
import { parseDatabaseUrl, quoteIdentifier } from './connection.mjs';
import { createDatabase, dropDatabase, isPglite, withClient } from './server.mjs';

/** @typedef {import('./connection.mjs').Connection} Connection */
/** @typedef {import('./adapter.mjs').ShadowDatabase} ShadowDatabase */

/** @type {Set<() => Promise<void>>} */
const live = new Set();

/**
 * Returns the function the adapter factory calls for each shadow database.
 * @param {Connection} main the main database
 * @param {string | undefined} shadowDatabaseUrl `datasource.shadowDatabaseUrl` from prisma.config.ts
 * @returns {() => Promise<ShadowDatabase>}
 */
export function shadowProvider(main, shadowDatabaseUrl) {
  return async () => {
    if (shadowDatabaseUrl) return configuredShadow(main, shadowDatabaseUrl);
    const shadow = track((await isPglite(main)) ? await pgliteShadow(main) : await temporaryDatabase(main));
    if (main.schema) {
      // The URL's `schema` is the shadow's search path too, and a new database lacks it.
      await withClient(shadow.connection, (c) => c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(/** @type {string} */ (main.schema))}`)).catch(async (error) => {
        await shadow.dispose();
        throw error;
      });
    }
    return shadow;
  };
}

/**
 * A database the user named for the purpose: used as it is, never created nor dropped.
 * @param {Connection} main
 * @param {string} url
 * @returns {ShadowDatabase}
 */
function configuredShadow(main, url) {
  const connection = parseDatabaseUrl(url);
  const same = connection.host === main.host && connection.port === main.port && connection.database === main.database;
  if (same) throw new Error('datasource.shadowDatabaseUrl names the main database; it must be a separate, disposable database.');
  return { connection, dispose: async () => {} };
}

/**
 * A new database on the main database's server, dropped afterwards.
 * @param {Connection} main
 * @returns {Promise<ShadowDatabase>}
 */
async function temporaryDatabase(main) {
  const name = `prisma_shadow_${Date.now()}_${randomBytes(4).toString('hex')}`;
  await createDatabase(main, name);
  return { connection: { ...main, database: name }, dispose: () => dropDatabase(main, name) };
}

/**
 * A second PGlite in this process's memory, served on a free local port. PGlite serves every
 * database name from its one database, so a shadow database "on" the main PGlite would be
 * the main data itself.
 * @param {Connection} main
 * @returns {Promise<ShadowDatabase>}
 */
async function pgliteShadow(main) {
  const [{ PGlite }, { PGLiteSocketServer }, { PGLITE_EXTENSIONS }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-socket'),
    import('../embedded-db.mjs'),
  ]);
  // The same extensions as the main embedded database, or the migrations that create them fail.
  const db = await PGlite.create({ extensions: { ...PGLITE_EXTENSIONS } });
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 16 });
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  return {
    connection: { ...main, host: '127.0.0.1', port, user: 'postgres', password: undefined, database: 'postgres', ssl: false },
    async dispose() {
      await server.stop();
      await db.close();
    },
  };
}

/**
 * @param {ShadowDatabase} shadow
 * @returns {ShadowDatabase}
 */
function track(shadow) {
  let disposed = false;
  const dispose = async () => {
    if (disposed) return;
    disposed = true;
    live.delete(dispose);
    await shadow.dispose();
  };
  live.add(dispose);
  return { connection: shadow.connection, dispose };
}

/** Removes every shadow database still in use; for when the process must stop. */
export async function disposeAllShadows() {
  await Promise.allSettled([...live].map((dispose) => dispose()));
}
