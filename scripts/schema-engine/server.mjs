import pg from 'pg';
import { poolConfig, quoteIdentifier } from './connection.mjs';

export async function withClient(connection, fn, database) {
  const client = new pg.Client(poolConfig(connection, database));
  // A server going away must fail the query, not crash the process.
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function withServerClient(connection, fn) {
  const candidates = [...new Set([connection.database, 'postgres', 'template1'])];
  for (const [i, database] of candidates.entries()) {
    try {
      return await withClient(connection, fn, database);
    } catch (error) {
      const missing = error?.code === '3D000';
      if (!missing || i === candidates.length - 1) throw error;
    }
  }
  throw new Error('unreachable');
}

const pgliteAnswers = new WeakMap();

// PGlite serves every database name from one database: creating or dropping one hits the main data.
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

export async function createDatabase(connection, name) {
  await withServerClient(connection, (c) => c.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
}

export async function dropDatabase(connection, name) {
  const sql = `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`;
  const server = connection.database === name ? { ...connection, database: 'postgres' } : connection;
  await withServerClient(server, (c) => c.query(sql));
}
