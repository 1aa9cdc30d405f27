import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Prisma } from '@/generated/prisma/client';
import { rawRows } from '@/lib/db';
import { UnavailableError } from '@/lib/errors';

/** What `GET /api/listo` reports: this instance may take traffic. */
export interface Readiness {
  listo: true;
  baseDeDatos: 'ok';
  /** The newest migration this build ships, applied to its database. */
  migracion: string;
}

let newest: string | undefined;

/**
 * The newest migration folder shipped beside the app (prisma/migrations, as `prisma migrate deploy` reads it;
 * scripts/standalone.mjs copies it, so the build does not trace the working directory).
 */
function newestMigration(): string {
  newest ??= readdirSync(path.join(/* turbopackIgnore: true */ process.cwd(), 'prisma', 'migrations'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .at(-1);
  if (!newest) throw new Error('No se encontraron las migraciones en prisma/migrations.');
  return newest;
}

/**
 * Not ready while its database cannot be reached, or while the database lacks this build's newest
 * migration (a deploy that started the app before `prisma migrate deploy`). A stopping instance stops
 * accepting connections at once (scripts/server.mjs), which a balancer sees first.
 */
export async function checkReadiness(): Promise<Readiness> {
  const migracion = newestMigration();
  if (!(await migrationApplied(migracion))) {
    throw new UnavailableError(`La base de datos no tiene la migración ${migracion}: ejecute las migraciones (npm run prisma -- migrate deploy).`);
  }
  return { listo: true, baseDeDatos: 'ok', migracion };
}

async function migrationApplied(name: string): Promise<boolean> {
  try {
    const rows = await rawRows<{ applied: boolean }>(
      Prisma.sql`SELECT EXISTS (SELECT 1 FROM _prisma_migrations WHERE migration_name = ${name} AND finished_at IS NOT NULL AND rolled_back_at IS NULL) AS applied`,
    );
    return rows[0]?.applied === true;
  } catch (err) {
    // A database no migration ever ran on has no _prisma_migrations table.
    if ((err as { code?: unknown }).code === UNDEFINED_TABLE) return false;
    throw err;
  }
}

const UNDEFINED_TABLE = '42P01';
