import { randomBytes } from 'node:crypto';
import { parseDatabaseUrl, quoteIdentifier } from './connection.mjs';
import { createDatabase, dropDatabase, isPglite, withClient } from './server.mjs';

const live = new Set();

export function shadowProvider(main, shadowDatabaseUrl) {
  return async () => {
    if (shadowDatabaseUrl) return configuredShadow(main, shadowDatabaseUrl);
    const shadow = track((await isPglite(main)) ? await pgliteShadow(main) : await temporaryDatabase(main));
    if (main.schema) {
      // The URL's `schema` is the shadow's search path too, and a new database lacks it.
      await withClient(shadow.connection, (c) => c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(main.schema)}`)).catch(async (error) => {
        await shadow.dispose();
        throw error;
      });
    }
    return shadow;
  };
}

function configuredShadow(main, url) {
  const connection = parseDatabaseUrl(url);
  const same = connection.host === main.host && connection.port === main.port && connection.database === main.database;
  if (same) throw new Error('datasource.shadowDatabaseUrl names the main database; it must be a separate, disposable database.');
  return { connection, dispose: async () => {} };
}

async function temporaryDatabase(main) {
  const name = `prisma_shadow_${Date.now()}_${randomBytes(4).toString('hex')}`;
  await createDatabase(main, name);
  return { connection: { ...main, database: name }, dispose: () => dropDatabase(main, name) };
}

// A shadow database "on" the main PGlite would be the main data itself.
async function pgliteShadow(main) {
  const [{ PGlite }, { PGLiteSocketServer }, { PGLITE_EXTENSIONS }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-socket'),
    import('../embedded-db.mjs'),
  ]);
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

export async function disposeAllShadows() {
  await Promise.allSettled([...live].map((dispose) => dispose()));
}
