import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppInstance, startAppInstance } from '@/scripts/test/app-instance';

// An instance of its own, so its log holds only what these requests wrote.
let instance: AppInstance;
beforeAll(async () => {
  instance = await startAppInstance();
}, 90_000);
afterAll(() => instance?.stop());

const FORGED = [
  'authjs.session-token=esto-no-es-un-token',
  // The shape of a real one (a JWE), encrypted with nobody's secret.
  'authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIiwia2lkIjoieCJ9..AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA',
];

describe('a forged or foreign session cookie', () => {
  it('is a quiet 401 from the API and a redirect to sign-in from the panel, noted once in the log', async () => {
    for (let i = 0; i < 15; i++) {
      for (const cookie of FORGED) {
        const api = await fetch(`${instance.url}/api/tickets`, { headers: { cookie } });
        expect(api.status).toBe(401);
        expect(((await api.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
        const page = await fetch(`${instance.url}/panel`, { headers: { cookie }, redirect: 'manual' });
        expect(page.status).toBe(307);
        expect(new URL(page.headers.get('location')!, instance.url).pathname).toBe('/login');
      }
    }
    const log = instance.output.join('');
    // Sixty requests: no stack trace, and one line from each runtime that read the cookie at most.
    expect(log).not.toMatch(/JWTSessionError|    at /);
    expect(log.match(/Cookie de sesión ilegible/g)?.length ?? 0).toBeLessThanOrEqual(2);
  });
});
