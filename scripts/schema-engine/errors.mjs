const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EAI_AGAIN']);

// The Prisma code and message the native engine would report.
export function connectionError(error, connection) {
  const at = `${connection.host}:${connection.port}`;
  const code = error?.code;
  if (UNREACHABLE.has(code) || /timeout/i.test(error?.message ?? '')) {
    return { code: 'P1001', message: `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.` };
  }
  switch (code) {
    case '3D000':
      return { code: 'P1003', message: `Database \`${connection.database}\` does not exist on the database server at \`${at}\`.` };
    case '28P01':
    case '28000':
      return {
        code: 'P1000',
        message: `Authentication failed against database server at \`${at}\`, the provided database credentials for \`${connection.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${at}\`.`,
      };
    case '42501':
      return { code: 'P1010', message: `User \`${connection.user}\` was denied access on the database \`${connection.database}\`` };
    case '42P04':
      return { code: 'P1009', message: `Database \`${connection.database}\` already exists on the database server at \`${at}\`` };
    default:
      if (/ssl|tls|certificate/i.test(error?.message ?? '')) {
        return { code: 'P1011', message: `Error opening a TLS connection: ${error.message}` };
      }
      return { code: undefined, message: String(error?.message ?? error) };
  }
}

export function engineError(error) {
  const code = typeof error?.code === 'string' && /^P\d{4}$/.test(error.code) ? error.code : undefined;
  return { code, message: String(error?.message ?? error) };
}
