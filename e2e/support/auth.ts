import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test as base, type APIRequestContext, type Browser, type Page } from '@playwright/test';

/** The seeded staff users, one per role. */
export const STAFF = {
  admin: 'admin@mesa.test',
  mesa: 'mesa@mesa.test',
  area: 'area@mesa.test',
} as const;
export type StaffRole = keyof typeof STAFF;

export const STAFF_PASSWORD = process.env.SEED_STAFF_PASSWORD || 'Mesa-2026!';

const AUTH_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.auth');

/** Where the signed-in browser state of a role is kept between the setup and the specs. */
export function storageStateOf(role: StaffRole): string {
  return path.join(AUTH_DIR, `${role}.json`);
}

/**
 * Signs in through Auth.js's endpoints, as the login form does (the CSRF token, then the
 * credentials callback), and saves the session cookie as the role's storage state.
 */
export async function signInThroughApi(request: APIRequestContext, role: StaffRole): Promise<void> {
  const csrf = await request.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: STAFF[role], password: STAFF_PASSWORD, callbackUrl: '/panel' },
    maxRedirects: 0,
  });
  expect(callback.status(), `ingreso de ${STAFF[role]}`).toBe(302);
  const session = (await (await request.get('/api/auth/session')).json()) as { user?: { email?: string } } | null;
  expect(session?.user?.email, `sesión de ${STAFF[role]}`).toBe(STAFF[role]);
  await request.storageState({ path: storageStateOf(role) });
}

/** A page in a browser context of its own, signed in as the role: for a test with several people at once. */
export async function signedInPage(browser: Browser, role: StaffRole): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

/**
 * The specs' `test`: `test.use({ role: 'mesa' })` opens every page of the file (or describe block)
 * signed in as that role; without it the browser is anonymous.
 */
export const test = base.extend<{ role: StaffRole | null }>({
  role: [null, { option: true }],
  storageState: async ({ role, storageState }, provide) => {
    await provide(role ? storageStateOf(role) : storageState);
  },
});

export { expect };
