// Plain node-postgres work on the database server itself: probing it, creating and dropping
// databases. None of it goes through the engine.
import pg from 'pg';
import { poolConfig, quoteIdentifier } from './connection.mjs';

/** @typedef {import('./connection.mjs').Connection} Connection */

/**
 * Runs `fn` on a single client connected to `database` (the connection's own by default).
 * @template T
 * @param {Connection} connection
 * @param {(client: pg.Client) => Promise<T>} fn
 * @param {string} [database]
 * @returns {Promise<T>}
 */
export async function withClient(connection, fn, database) {
  const client = new pg.Client(poolConfig(connection, database));
  // A server that goes away mid-session must fail the query, not crash the process.
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Like withClient, but for server-wide work: when the connection's database does not exist
 * (yet), the server's maintenance databases are used instead.
 * @template T
 * @param {Connection} connection
 * @param {(client: pg.Client) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withServerClient(connection, fn) {
  const candidates = [...new Set([connection.database, 'postgres', 'template1'])];
  for (const [i, database] of candidates.entries()) {
    try {
      return await withClient(connection, fn, database);
    } catch (error) {
      const missing = /** @type {any} */ (error)?.code === '3D000';
      if (!missing || i === candidates.length - 1) throw error;
    }
  }
  throw new Error('unreachable');
}

/** @type {WeakMap<Connection, Promise<boolean>>} */
const pgliteAnswers = new WeakMap();

/**
 * Whether the server is PGlite, which answers for every database name with its one database:
 * creating or dropping a database there would touch the main data.
 * @param {Connection} connection
 * @returns {Promise<boolean>}
 */
export function isPglite(connection) {
  let answer = pgliteAnswers.get(connection);
  if (!answer) {
    answer = withServerClient(connection, async (client) => {
      const { rows } = await client.query('SELECT version() AS version');
      return /\bPGlite\b/i.test(rows[0].version);
    });
    pgliteAnswers.set(connection, answer);
  }
  return answer;
}

/**
 * @param {Connection} connection
 * @param {string} name
 */
export async function createDatabase(connection, name) {
  await withServerClient(connection, (c) => c.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
}

/**
 * Drops a database, closing other sessions on it (PostgreSQL 13 and later).
 * @param {Connection} connection any connection to the server
 * @param {string} name
 */
export async function dropDatabase(connection, name) {
  const sql = `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`;
  // Never from inside the database being dropped.
  const server = connection.database === name ? { ...connection, database: 'postgres' } : connection;
  await withServerClient(server, (c) => c.query(sql));
}
