// The wasm engine probes the main database on creation, though many diffs never need it. When it is
// missing or down, this answers the probe and fails the rest with the real reason, as the lazy native engine.
import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import { withClient, withServerClient } from './server.mjs';

// The SQL of schema-engine-wasm 59be4fda: check it after an upgrade.
const PROBE = /^SELECT EXISTS\(SELECT 1 FROM pg_namespace WHERE nspname = \$1\), version\(\)/;

export async function unavailability(connection) {
  try {
    await withClient(connection, (c) => c.query('SELECT 1'));
    return undefined;
  } catch (error) {
    return error;
  }
}

export function unavailableFactory(connection, reason, connectToShadowDb) {
  const failure = () => new DriverAdapterError(adapterErrorFor(reason, connection));
  const fail = async () => {
    throw failure();
  };
  const adapter = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
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

// The engine turns these into P1003, P1000, P1001 …
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
