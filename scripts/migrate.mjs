// Applying the migrations from other scripts and from test set-up:
//   import { migrateDeploy } from './scripts/migrate.mjs';
//   await migrateDeploy(databaseUrl);
// It runs `prisma migrate deploy` through scripts/prisma.mjs (the offline schema engine),
// which creates the database first if the server lacks it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Applies every pending migration under prisma/migrations to the database at `databaseUrl`.
 * @param {string} databaseUrl a postgresql:// URL (real PostgreSQL or the embedded PGlite)
 * @param {{ inheritOutput?: boolean }} [options] show Prisma's output as it runs, rather than
 *   keeping it for the error message
 * @returns {Promise<string>} Prisma's output (empty when inherited)
 */
export function migrateDeploy(databaseUrl, { inheritOutput = false } = {}) {
  if (!databaseUrl) return Promise.reject(new Error('migrateDeploy: no database URL given.'));
  const env = { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: '1' };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'prisma.mjs'), 'migrate', 'deploy'], {
      cwd: root,
      env,
      stdio: inheritOutput ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (/** @type {Buffer} */ chunk) => (output += chunk);
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.on('error', (error) => reject(new Error(`Could not run prisma migrate deploy: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(output);
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const details = inheritOutput ? 'See the output above.' : `Its output:\n${output.trim()}`;
      reject(new Error(`prisma migrate deploy on ${redact(databaseUrl)} ${how}. ${details}`));
    });
  });
}

/**
 * The URL without its password, for messages.
 * @param {string} url
 */
function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return '(an unparsable URL)';
  }
}
