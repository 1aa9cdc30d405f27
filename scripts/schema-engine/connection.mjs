// Turns a datasource URL into node-postgres connection fields. The engine's adapter is given
// these fields rather than the URL because node-postgres lets a `connectionString` win over
// any field set beside it, which would silently send shadow-database work to the main database.

/**
 * @typedef {object} Connection
 * @property {string} host
 * @property {number} port
 * @property {string} user
 * @property {string | undefined} password
 * @property {string} database
 * @property {boolean | { rejectUnauthorized: boolean }} ssl
 * @property {string | undefined} schema the `schema` URL parameter (Prisma's search path)
 * @property {number | undefined} connectTimeoutSeconds
 * @property {string | undefined} applicationName
 */

/**
 * @param {string} url a `postgres://` or `postgresql://` URL, with Prisma's query parameters
 * @returns {Connection}
 */
export function parseDatabaseUrl(url) {
  /** @type {URL} */
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('The datasource URL is not a valid URL.');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`This offline schema engine only speaks PostgreSQL, not "${parsed.protocol.slice(0, -1)}".`);
  }
  const params = parsed.searchParams;
  const timeout = params.get('connect_timeout');
  return {
    // `?host=/var/run/postgresql` names a Unix socket directory, as libpq does.
    host: params.get('host') ?? (decodeURIComponent(parsed.hostname.replace(/^\[|\]$/g, '')) || 'localhost'),
    port: Number(parsed.port || params.get('port') || 5432),
    user: decodeURIComponent(parsed.username) || process.env.PGUSER || 'postgres',
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: decodeURIComponent(parsed.pathname.slice(1)) || 'postgres',
    ssl: sslFromMode(params.get('sslmode')),
    schema: params.get('schema') ?? undefined,
    connectTimeoutSeconds: timeout ? Number(timeout) : undefined,
    applicationName: params.get('application_name') ?? undefined,
  };
}

/**
 * @param {string | null} mode libpq's sslmode
 * @returns {Connection['ssl']}
 */
function sslFromMode(mode) {
  switch (mode) {
    case 'require':
    case 'no-verify':
      return { rejectUnauthorized: false };
    case 'verify-ca':
    case 'verify-full':
      return true;
    default:
      // disable, allow, prefer or unset: node-postgres cannot fall back, so no TLS.
      return false;
  }
}

/**
 * The node-postgres pool settings for a connection, optionally on another database.
 * @param {Connection} connection
 * @param {string} [database]
 * @returns {import('pg').PoolConfig}
 */
export function poolConfig(connection, database = connection.database) {
  return {
    host: connection.host,
    port: connection.port,
    user: connection.user,
    password: connection.password,
    database,
    ssl: connection.ssl,
    application_name: connection.applicationName ?? 'prisma-offline-schema-engine',
    connectionTimeoutMillis: (connection.connectTimeoutSeconds ?? 10) * 1000,
    options: connection.schema ? `-c search_path=${quoteIdentifier(connection.schema)}` : undefined,
    max: 4,
  };
}

/**
 * @param {string} name
 * @returns {string}
 */
export function quoteIdentifier(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * A connection's address for messages, without credentials.
 * @param {Connection} connection
 * @returns {string}
 */
export function describe(connection) {
  return `${connection.host}:${connection.port}/${connection.database}`;
}
