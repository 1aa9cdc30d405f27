#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBEDDED_DATABASE_ENV } from './embedded-db.mjs';
import { freePort } from './lib/free-port.mjs';
import { buildIfStale } from './lib/build.mjs';
import { prepareDatabase } from './lib/database.mjs';
import { quietEnv, run } from './lib/run.mjs';
import { ensureChromium } from './test/chromium.mjs';
import { createFreshDatabase } from './test/fresh-database.mjs';
import { RATE_LIMITS_OFF } from './test/rate-limits-off.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, ...p) => path.join(root, 'node_modules', pkg, ...p);

// While developing, `npm test -- <file filters>` and MESA_TEST_STAGES narrow the run.
const filters = process.argv.slice(2);
const stages = new Set((process.env.MESA_TEST_STAGES || 'static,unit,http,e2e').split(','));
const partial = filters.length > 0 ? ['--passWithNoTests', ...filters] : [];

if (stages.has('static')) {
  await run(process.execPath, [bin('typescript', 'bin', 'tsc'), '--noEmit'], { cwd: root });
  await run(process.execPath, [bin('eslint', 'bin', 'eslint.js'), '--max-warnings=0', '.'], { cwd: root });
}

const database = await createFreshDatabase();
// Each run stores attachments apart: a test counts the files a refused upload must not leave.
const storageDir = mkdtempSync(path.join(tmpdir(), 'mesa-adjuntos-'));
console.log(`Base de datos de prueba: ${database.embedded ? 'embebida (en memoria)' : new URL(database.url).pathname.slice(1)}`);
const env = {
  ...process.env,
  ...quietEnv,
  DATABASE_URL: database.url,
  MESA_TEST_DATABASE_URL: database.url,
  MESA_TEST_DATABASE_EMBEDDED: database.embedded ? '1' : '0',
  AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString('base64url'),
  STORAGE_DIR: storageDir,
  ...(database.embedded ? EMBEDDED_DATABASE_ENV : {}),
  ...RATE_LIMITS_OFF,
};

let server;
let failed = false;
try {
  await prepareDatabase(database.url);
  if (stages.has('unit')) {
    await run(process.execPath, [bin('vitest', 'vitest.mjs'), 'run', '--project', 'unit', '--project', 'integration', ...partial], { env, cwd: root });
  }
  if (stages.has('http') || stages.has('e2e')) {
    const chromium = await ensureChromium();
    await buildIfStale(root, env);
    const port = await freePort();
    // The shared server sends no mail (its log would drown the output); the mail tests start their own instances.
    server = spawn(process.execPath, [path.join(root, 'scripts', 'server.mjs'), '--port', String(port)], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production', MAIL_WORKER: '0' }, cwd: root });
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForServer(baseUrl);
    if (stages.has('http')) {
      await run(process.execPath, [bin('vitest', 'vitest.mjs'), 'run', '--project', 'http', ...partial], { env: { ...env, BASE_URL: baseUrl }, cwd: root });
    }
    if (stages.has('e2e')) {
      const e2eFilters = filters.length > 0 ? ['--pass-with-no-tests', ...filters] : [];
      await run(process.execPath, [bin('@playwright', 'test', 'cli.js'), 'test', ...e2eFilters], { env: { ...env, BASE_URL: baseUrl, CHROMIUM_PATH: chromium }, cwd: root });
    }
  }
} catch (err) {
  failed = true;
  console.error(err instanceof Error ? err.message : err);
} finally {
  server?.kill('SIGTERM');
  await database.drop().catch((err) => console.error('No se pudo borrar la base de prueba:', err.message));
  rmSync(storageDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);


async function waitForServer(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/estados`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`La aplicación no respondió en ${url} a tiempo.`);
}
