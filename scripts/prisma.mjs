#!/usr/bin/env node
// The Prisma CLI on the offline schema engine; it would otherwise download one (docs/offline-prisma.md).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = require.resolve('prisma/build/index.js');

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, 'scripts', 'schema-engine', 'bin.mjs'),
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: '1',
};

const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit', env, cwd: root });
if (result.error) console.error(`Could not run the Prisma CLI: ${result.error.message}`);
process.exit(result.status ?? 1);
