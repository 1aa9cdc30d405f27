import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM helpers shared with the scripts
import { createFreshDatabase } from './fresh-database.mjs';
// @ts-expect-error plain ESM helpers shared with the scripts
import { prepareDatabase } from '../lib/database.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    embeddedDatabase: boolean;
  }
}

/**
 * Integration tests run against a real PostgreSQL database of their own. `npm test` prepares one
 * and passes it in MESA_TEST_DATABASE_URL; run alone, vitest makes (and drops) its own.
 */
export default async function setup(project: TestProject) {
  const given = process.env.MESA_TEST_DATABASE_URL;
  if (given) {
    project.provide('databaseUrl', given);
    project.provide('embeddedDatabase', process.env.MESA_TEST_DATABASE_EMBEDDED === '1');
    return;
  }
  const database = await createFreshDatabase();
  await prepareDatabase(database.url);
  project.provide('databaseUrl', database.url);
  project.provide('embeddedDatabase', database.embedded);
  return () => database.drop();
}
