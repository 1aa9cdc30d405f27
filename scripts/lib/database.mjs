import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateDeploy } from '../migrate.mjs';
import { quietEnv, run } from './run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export { migrateDeploy };

export async function seedDatabase(url) {
  await run(process.execPath, ['--import', 'tsx', path.join(root, 'prisma', 'seed.ts')], {
    env: { ...process.env, ...quietEnv, DATABASE_URL: url },
    cwd: root,
  });
}

export async function prepareDatabase(url) {
  await migrateDeploy(url);
  await seedDatabase(url);
}
