#!/usr/bin/env node
// Builds the app with Next's standalone output and assembles, in the folder given, everything a
// production instance needs and nothing else (docs/deploy.md): the traced server and node_modules,
// the static files, public/, the custom server (scripts/server.mjs) and the migrations the readiness
// check compares. The Dockerfile runs this; CI runs the result (scripts/smoke.mjs --standalone).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { quietEnv, run } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? '');
if (!process.argv[2]) {
  console.error('Uso: node scripts/standalone.mjs <carpeta de salida>');
  process.exit(1);
}

// Its own build folder: the development build in .next stays as it is.
const distDir = '.next-standalone';
console.log('Compilando la salida standalone (next build)…');
await run(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
  env: { ...process.env, ...quietEnv, NEXT_OUTPUT: 'standalone', NEXT_DIST_DIR: distDir },
  cwd: root,
});

const built = path.join(root, distDir);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(path.join(built, 'standalone'), out, { recursive: true, verbatimSymlinks: true });
cpSync(path.join(built, 'static'), path.join(out, distDir, 'static'), { recursive: true });
if (existsSync(path.join(root, 'public'))) cpSync(path.join(root, 'public'), path.join(out, 'public'), { recursive: true });
cpSync(path.join(root, 'scripts', 'server.mjs'), path.join(out, 'scripts', 'server.mjs'));
cpSync(path.join(root, 'prisma', 'migrations'), path.join(out, 'prisma', 'migrations'), { recursive: true });
// Next's own standalone server.js is replaced by scripts/server.mjs (timeouts, connection cap,
// graceful shutdown), which reads the build's configuration from here instead of next.config.mjs.
const { config } = JSON.parse(readFileSync(path.join(built, 'required-server-files.json'), 'utf8'));
writeFileSync(path.join(out, 'standalone-config.json'), JSON.stringify(config));
rmSync(path.join(out, 'server.js'), { force: true });
console.log(`✓ Salida standalone en ${out}: node scripts/server.mjs`);
