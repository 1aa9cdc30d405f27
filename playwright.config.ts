import { defineConfig, devices } from '@playwright/test';

// `npm test` starts the app and passes BASE_URL; run alone, Playwright starts it on port 3100.
const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:3100';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL,
    locale: 'es-CO',
    timezoneId: 'America/Bogota',
    trace: 'retain-on-failure',
  },
  projects: [
    // Signs each staff role in once through the API and saves its storage state (e2e/.auth/<role>.json).
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    {
      name: 'chromium',
      dependencies: ['setup'],
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          // Without the background-networking flags Chromium keeps dialling the closed network.
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      },
    },
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : { command: 'node scripts/start.mjs', url: `${baseURL}/api/estados`, env: { PORT: '3100' }, reuseExistingServer: true, timeout: 240_000 },
});
