#!/usr/bin/env node
// The offline engine's own check, for CI: every migration applied to an empty database, then
// the database and the migrations both compared with prisma/schema.prisma (no difference
// allowed). Runs on a new database of DATABASE_URL's server (default 127.0.0.1:5432, dropped
// afterwards) and on an in-memory PGlite.
//   node scripts/schema-engine/check.mjs [--postgres-only | --pglite-only]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { migrateDeploy } from '../migrate.mjs';
import { parseDatabaseUrl } from './connection.mjs';
import { createDatabase, dropDatabase } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const only = process.argv[2];

let failed = false;
if (only !== '--pglite-only') await check('PostgreSQL', onPostgres);
if (only !== '--postgres-only') await check('PGlite', onPglite);
process.exit(failed ? 1 : 0);

/**
 * @param {string} label
 * @param {() => Promise<{ url: string, remove: () => Promise<void> }>} provide
 */
async function check(label, provide) {
  const started = Date.now();
  const database = await provide();
  try {
    await migrateDeploy(database.url);
    await expectNoDifference(database.url, '--from-config-datasource');
    await expectNoDifference(database.url, '--from-migrations', path.join(root, 'prisma', 'migrations'));
    console.log(`ok   ${label}: migrations applied; database = migrations = schema (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed = true;
    console.error(`FAIL ${label}: ${/** @type {Error} */ (error).message}`);
  } finally {
    await database.remove();
  }
}

/**
 * Runs `migrate diff <from…> --to-schema prisma/schema.prisma --exit-code`; exit code 0 means no difference.
 * @param {string} url
 * @param {...string} from
 */
function expectNoDifference(url, ...from) {
  const args = [path.join(root, 'scripts', 'prisma.mjs'), 'migrate', 'diff', ...from, '--to-schema', path.join(root, 'prisma', 'schema.prisma'), '--exit-code'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(undefined);
      else reject(new Error(`migrate diff ${from[0]} found ${code === 2 ? 'differences' : `an error (exit code ${code})`}:\n${output.trim()}`));
    });
  });
}

async function onPostgres() {
  const server = parseDatabaseUrl(process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres');
  const name = `offline_engine_check_${randomBytes(4).toString('hex')}`;
  await createDatabase(server, name);
  const url = new URL(process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${name}`;
  return { url: url.href, remove: () => dropDatabase(server, name) };
}

async function onPglite() {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 16 });
  await server.start();
  const port = server.getServerConn().split(':').pop();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async remove() {
      await server.stop();
      await db.close();
    },
  };
}
