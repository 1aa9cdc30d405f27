import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/scripts/lib/free-port.mjs';
import { type AppInstance, startAppInstance } from '@/scripts/test/app-instance';
import { attemptSignIn } from '@/scripts/test/http-client';
import { ticketBody } from '@/scripts/test/requests';

// An instance whose database refuses every connection (nothing listens on its port).
let down: AppInstance;
beforeAll(async () => {
  const port = await freePort();
  down = await startAppInstance({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/mesa`, CONFIG_LISTEN: '0', DATABASE_CONNECT_TIMEOUT_MS: '2000' });
}, 90_000);
afterAll(() => down?.stop());

async function timed(request: () => Promise<Response>) {
  const started = Date.now();
  const response = await request();
  return { response, ms: Date.now() - started };
}

describe('with the database unreachable', () => {
  it('GET /api/salud answers 503 UNAVAILABLE within 6 s', async () => {
    const { response, ms } = await timed(() => fetch(`${down.url}/api/salud`));
    expect(ms).toBeLessThan(6_000);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAVAILABLE');
  });

  it('GET /api/listo answers 503 within 6 s', async () => {
    const { response, ms } = await timed(() => fetch(`${down.url}/api/listo`));
    expect(ms).toBeLessThan(6_000);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAVAILABLE');
  });

  it('the API answers 503 in the error shape within 6 s', async () => {
    const { response, ms } = await timed(() =>
      fetch(`${down.url}/api/tickets/crear`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ticketBody()) }),
    );
    expect(ms).toBeLessThan(6_000);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: 'UNAVAILABLE', message: expect.stringMatching(/^El servicio no está disponible/) } });
  });

  it('the public pages still answer from the build\'s files; the form\'s catalogs answer 503 in the error shape', async () => {
    for (const [path, text] of [['/', 'Radicar solicitud</button>'], ['/consultar', 'Consultar un ticket']] as const) {
      const response = await fetch(`${down.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain(text);
    }
    const { response, ms } = await timed(() => fetch(`${down.url}/api/catalogos`));
    expect(ms).toBeLessThan(6_000);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAVAILABLE');
  });

  it('a staff page answers 503 with a Spanish "servicio no disponible" page, never the 500 error page', async () => {
    for (const path of ['/panel', '/panel/tickets/TK-2026-00001', '/panel/admin']) {
      const { response, ms } = await timed(() => fetch(`${down.url}${path}`, { headers: { cookie: 'authjs.session-token=una-sesion', accept: 'text/html' }, redirect: 'manual' }));
      expect(ms).toBeLessThan(6_000);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      const html = await response.text();
      expect(html).toContain('Servicio no disponible');
      expect(html).not.toContain('Algo salió mal');
    }
  });

  it('a sign-in comes back to /login with a Spanish message, never Auth.js\'s English error page', async () => {
    const attempt = await attemptSignIn('admin@mesa.test', 'cualquier-clave', down.url);
    expect(attempt.status).toBe(302);
    const location = new URL(attempt.location!, down.url);
    expect(location.pathname).toBe('/login');
    const page = await fetch(location);
    const html = await page.text();
    expect(html).toContain('No pudimos iniciar la sesión en este momento');
    expect(html).not.toMatch(/Server error|There is a problem with the server configuration/);
  });
});
