// Errors as the Prisma CLI expects them: a Prisma error code (P1001 …) and a message.

/**
 * @typedef {object} UserFacingError
 * @property {string | undefined} code Prisma's error code, when one applies
 * @property {string} message
 */

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EAI_AGAIN']);

/**
 * Translates a node-postgres or socket error into the code the native engine would report.
 * @param {any} error
 * @param {import('./connection.mjs').Connection} connection
 * @returns {UserFacingError}
 */
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

/**
 * An error thrown by the wasm engine: it carries Prisma's code (when it has one) on `code`.
 * @param {any} error
 * @returns {UserFacingError}
 */
export function engineError(error) {
  const code = typeof error?.code === 'string' && /^P\d{4}$/.test(error.code) ? error.code : undefined;
  return { code, message: String(error?.message ?? error) };
}
