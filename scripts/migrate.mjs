import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Usage in docs/offline-prisma.md; the database is created first if the server lacks it.
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
    const collect = (chunk) => (output += chunk);
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

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return '(an unparsable URL)';
  }
}
