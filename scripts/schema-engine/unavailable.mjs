// The wasm engine queries the main database as soon as it is created, while many commands
// never need it (`migrate diff` between schema files or from the migrations, which run on a
// shadow database). When the main database is missing or unreachable, the engine is given this
// stand-in: it answers that first probe and fails everything else with the real reason, as
// Prisma's native engine (which connects lazily) would.
import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import { withClient, withServerClient } from './server.mjs';

/** The probe the engine runs on creation (schema-engine-wasm 59be4fda). */
const PROBE = /^SELECT EXISTS\(SELECT 1 FROM pg_namespace WHERE nspname = \$1\), version\(\)/;

/** @typedef {import('./connection.mjs').Connection} Connection */

/**
 * Whether the main database cannot be used, and why.
 * @param {Connection} connection
 * @returns {Promise<any | undefined>} the node-postgres error, or undefined when it answers
 */
export async function unavailability(connection) {
  try {
    await withClient(connection, (c) => c.query('SELECT 1'));
    return undefined;
  } catch (error) {
    return error;
  }
}

/**
 * An adapter factory whose adapter answers only the creation probe.
 * @param {Connection | undefined} connection undefined when the config names no database
 * @param {any} reason the error met connecting to the main database
 * @param {() => Promise<any>} connectToShadowDb the real shadow database, which may still work
 */
export function unavailableFactory(connection, reason, connectToShadowDb) {
  const failure = () => new DriverAdapterError(/** @type {any} */ (adapterErrorFor(reason, connection)));
  const fail = async () => {
    throw failure();
  };
  const adapter = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    /** @param {{ sql: string, args: unknown[] }} query */
    async queryRaw(query) {
      if (!PROBE.test(query.sql)) throw failure();
      const { version, numeric } = await serverVersion(connection);
      return { columnNames: ['exists', 'version', 'numeric_version'], columnTypes: [5, 7, 0], rows: [[true, version, numeric]] };
    },
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    getConnectionInfo: () => ({ schemaName: connection?.schema, supportsRelationJoins: true }),
    dispose: async () => {},
  };
  return { provider: 'postgres', adapterName: '@prisma/adapter-pg', connect: async () => adapter, connectToShadowDb };
}

/**
 * The server's real version when it is up (the database alone is missing), else a stand-in.
 * @param {Connection | undefined} connection
 */
async function serverVersion(connection) {
  try {
    if (!connection) throw new Error('no server');
    return await withServerClient(connection, async (c) => {
      const { rows } = await c.query("SELECT version() AS version, current_setting('server_version_num')::integer AS numeric");
      return rows[0];
    });
  } catch {
    return { version: 'PostgreSQL 15.0 (server unavailable)', numeric: 150000 };
  }
}

/**
 * The driver adapter error the engine turns into Prisma's P1001, P1003, P1000 …
 * @param {any} error
 * @param {Connection | undefined} connection
 */
function adapterErrorFor(error, connection) {
  if (!connection) return { kind: 'postgres', code: 'N/A', severity: 'ERROR', message: String(error?.message ?? error) };
  switch (error?.code) {
    case '3D000':
      return { kind: 'DatabaseDoesNotExist', db: connection.database };
    case '28P01':
    case '28000':
      return { kind: 'AuthenticationFailed', user: connection.user };
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
      return { kind: 'DatabaseNotReachable', host: connection.host, port: connection.port };
    default:
      return { kind: 'postgres', code: error?.code ?? 'N/A', severity: 'ERROR', message: String(error?.message ?? error) };
  }
}
