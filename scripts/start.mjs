#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBEDDED_DATABASE_ENV, startEmbeddedDatabase } from './embedded-db.mjs';
import { buildIfStale } from './lib/build.mjs';
import { prepareDatabase } from './lib/database.mjs';
import { quietEnv } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const port = process.env.PORT || '3000';

let embedded;
let databaseUrl = process.env.DATABASE_URL;
const env = { ...process.env, ...quietEnv, PORT: port };
if (!databaseUrl) {
  console.log('Sin DATABASE_URL: usando la base de datos embebida en .data/pglite');
  embedded = await startEmbeddedDatabase({ dataDir: path.join(root, '.data', 'pglite') });
  databaseUrl = embedded.url;
  for (const [key, value] of Object.entries(EMBEDDED_DATABASE_ENV)) env[key] ??= value;
}
env.DATABASE_URL = databaseUrl;
// Kept in .data/ so sessions survive a restart.
env.AUTH_SECRET ||= persistedSecret(path.join(root, '.data', 'auth-secret'));

try {
  await prepareDatabase(databaseUrl);
  if (!dev) await buildIfStale(root, env);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  await embedded?.stop();
  process.exit(1);
}

const server = path.join(root, 'scripts', 'server.mjs');
const child = spawn(process.execPath, [server, ...(dev ? ['--dev'] : []), '--port', port], { stdio: 'inherit', env: { ...env, NODE_ENV: dev ? 'development' : 'production' }, cwd: root });
console.log(`Mesa de Ayuda en http://localhost:${port}`);

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  // The server finishes its requests in flight (scripts/server.mjs) before the database goes away.
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await embedded?.stop();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void shutdown(0));
child.on('exit', (code) => void shutdown(code ?? 0));

function persistedSecret(file) {
  const saved = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (saved) return saved;
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
