import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { quietEnv, run } from './run.mjs';

const SOURCES = ['app', 'components', 'lib', 'public', 'generated', 'proxy.ts', 'next.config.mjs', 'postcss.config.mjs', 'tailwind.config.ts', 'package-lock.json'];

// Test files are not part of the build: adding or editing one does not make it stale.
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return TEST_FILE.test(target) ? 0 : stat.mtimeMs;
  // A directory's own time changes when any entry is added or removed, tests included: its files speak for it.
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export async function buildIfStale(root, env = process.env) {
  const stamp = path.join(root, env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  if (builtAt > changedAt) return;
  console.log('Compilando la aplicación (next build)…');
  await run(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    env: { ...env, ...quietEnv },
    cwd: root,
  });
}
