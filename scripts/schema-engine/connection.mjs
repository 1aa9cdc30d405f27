// Fields, not a connectionString: node-postgres lets that win over a `database` set beside it.
export function parseDatabaseUrl(url) {
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
    // `?host=/var/run/postgresql`: a Unix socket directory, as in libpq.
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

function sslFromMode(mode) {
  switch (mode) {
    case 'require':
    case 'no-verify':
      return { rejectUnauthorized: false };
    case 'verify-ca':
    case 'verify-full':
      return true;
    default:
      // allow/prefer: node-postgres cannot fall back, so no TLS.
      return false;
  }
}

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

export function quoteIdentifier(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

export function describe(connection) {
  return `${connection.host}:${connection.port}/${connection.database}`;
}
