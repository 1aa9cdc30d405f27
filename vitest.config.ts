import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const alias = {
  '@/': root,
  // `server-only` throws outside React Server Components; tests import server modules directly.
  'server-only': fileURLToPath(new URL('./scripts/test/empty-module.mjs', import.meta.url)),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          // Pure code: domain rules, and the UI's own formatting helpers.
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.http.test.ts', '.next-*/**'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['**/*.int.test.ts'],
          exclude: ['node_modules/**', '.next/**', '.next-*/**', '**/*.http.test.ts'],
          environment: 'node',
          globalSetup: ['scripts/test/global-setup.ts'],
          setupFiles: ['scripts/test/setup-env.ts'],
          // One database per run, shared by the files: run them one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // Against the running production build: `npm test` starts it and passes BASE_URL and its
          // database in MESA_TEST_DATABASE_URL (read from process.env: no globalSetup to inject()).
          name: 'http',
          // Vite sets BASE_URL ('/') inside the test process: the app's address travels under another name.
          env: { MESA_TEST_BASE_URL: process.env.BASE_URL ?? '' },
          include: ['**/*.http.test.ts'],
          exclude: ['node_modules/**', '.next/**', '.next-*/**'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
