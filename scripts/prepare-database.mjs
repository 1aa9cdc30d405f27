#!/usr/bin/env node
// Migrations, then the seed (idempotent), on DATABASE_URL: run once per deploy, before the instances
// start (docs/deploy.md; the Dockerfile's `migrate` target).
import { prepareDatabase } from './lib/database.mjs';

if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL no está definida.');
  process.exit(1);
}
await prepareDatabase(process.env.DATABASE_URL);
console.log('✓ Base de datos al día.');
