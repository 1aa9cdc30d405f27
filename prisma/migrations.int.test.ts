import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// @ts-expect-error plain ESM helpers shared with the scripts
import { createFreshDatabase } from '../scripts/test/fresh-database.mjs';
// @ts-expect-error plain ESM helpers shared with the scripts
import { migrateDeploy } from '../scripts/lib/database.mjs';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..');

/** Runs the Prisma CLI through the project's offline engine; resolves with the exit code and output. */
async function prisma(args: string[], databaseUrl: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ['scripts/prisma.mjs', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });
    return { code: 0, stdout };
  } catch (err) {
    const failed = err as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

// Every migration must work on both databases the app runs on: the run's PostgreSQL server
// (when it has one) and the embedded PGlite.
const targets = inject('embeddedDatabase') ? ['embebida'] : ['servidor', 'embebida'];

describe.each(targets)('migrations on a new, empty database (%s)', (target) => {
  let database: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    database = await createFreshDatabase(target === 'servidor' ? inject('databaseUrl') : null);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('apply and leave nothing between the database and the schema', async () => {
    await migrateDeploy(database.url);
    const live = await prisma(['migrate', 'diff', '--from-config-datasource', '--to-schema', 'prisma/schema.prisma', '--exit-code'], database.url);
    expect(live.stdout).toContain('No difference detected');
    expect(live.code).toBe(0);
  });

  it('replay to exactly the schema (no migration is missing)', async () => {
    const replay = await prisma(['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--exit-code'], database.url);
    expect(replay.stdout).toContain('No difference detected');
    expect(replay.code).toBe(0);
  });
});
