import { request as httpRequest } from 'node:http';
import { hash } from '@node-rs/argon2';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { type AbuseCase, abuseContext, expectRefusal, footprint, NO_SUCH_ID, refusesEach, send } from '@/scripts/test/abuse';
import { testDb } from '@/scripts/test/db';
import { api, attemptSignIn, baseUrl } from '@/scripts/test/http-client';

// What every route shares: methods, unknown paths, forged hosts and sessions that were ended.
beforeAll(() => abuseContext());

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
const notAllowed = (allow: string) => ({ status: 405, code: 'METHOD_NOT_ALLOWED', allow });

const methodCases: AbuseCase[] = [
  { name: 'DELETE /api/tickets/crear', request: { method: 'DELETE', path: '/api/tickets/crear' }, expect: notAllowed('POST') },
  { name: 'GET /api/tickets/consultar', request: { path: '/api/tickets/consultar' }, expect: notAllowed('POST') },
  { name: 'PUT /api/tickets', request: { method: 'PUT', path: '/api/tickets', json: {}, as: 'mesa' }, expect: notAllowed('GET, HEAD') },
  { name: 'GET /api/correo/entrante', request: { path: '/api/correo/entrante', as: 'correoToken' }, expect: notAllowed('POST') },
  { name: 'PATCH /api/admin/tokens', request: { method: 'PATCH', path: '/api/admin/tokens', json: { role: 'ADMIN' }, as: 'admin' }, expect: notAllowed('GET, POST, HEAD') },
  { name: 'POST /api/admin/tokens/:id', request: { path: `/api/admin/tokens/${NO_SUCH_ID}`, json: {}, as: 'admin' }, expect: notAllowed('DELETE') },
  { name: 'DELETE /api/adjuntos/:id', request: { method: 'DELETE', path: `/api/adjuntos/${NO_SUCH_ID}`, as: 'admin' }, expect: notAllowed('GET, HEAD') },
  { name: 'GET /api/tickets/:id/:op', request: { path: ({ ticket }) => `/api/tickets/${ticket.id}/cancelar`, as: 'mesa' }, expect: notAllowed('POST') },
  { name: 'POST to an API path that does not exist', request: { path: '/api/tickets/borrar/todo/ya', json: {}, as: 'admin' }, expect: { status: 404, code: 'NOT_FOUND' } },
];

describe('a method or path the API does not serve', () => refusesEach(methodCases));

const FORGED = 'atacante.example';

/** A request with any Host header (fetch sets its own). */
function rawGet(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const url = new URL(path, baseUrl());
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('a forged Host or X-Forwarded-Host', () => {
  const forgeries: Record<string, string>[] = [{ host: FORGED }, { 'x-forwarded-host': FORGED }, { 'x-forwarded-host': FORGED, 'x-forwarded-proto': 'https' }];

  it.each(forgeries.map((h) => [JSON.stringify(h), h] as const))('sends the panel without a session to this site\'s /login, not to the forged host (%s)', async (_name, forged) => {
    const reply = await rawGet('/panel/tickets', forged);
    expect(reply.status).toBe(307);
    const location = String(reply.headers.location);
    expect(location).not.toContain(FORGED);
    expect(new URL(location, baseUrl()).host).toBe(new URL(baseUrl()).host);
    expect(new URL(location, baseUrl()).pathname).toBe('/login');
  });

  it.each(forgeries.map((h) => [JSON.stringify(h), h] as const))('never points a sign-in redirect at the forged host (%s)', async (_name, forged) => {
    const csrf = await rawGet('/api/auth/csrf', forged);
    const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
    const cookies = ([] as string[]).concat(csrf.headers['set-cookie'] ?? []).map((c) => c.split(';', 1)[0]).join('; ');
    for (const [pass, landing] of [[password, '/panel'], ['no-es-la-clave', '/login']] as const) {
      const form = new URLSearchParams({ csrfToken, email: 'mesa@mesa.test', password: pass, callbackUrl: '/panel' }).toString();
      const reply = await rawGet('/api/auth/callback/credentials', { ...forged, cookie: cookies, 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(form)) }, 'POST', form);
      expect(reply.status).toBe(302);
      const location = String(reply.headers.location);
      // Auth.js builds an absolute URL: from AUTH_URL when set (docs/deploy.md), else from the address the server listens on.
      expect(location).not.toContain(FORGED);
      expect(new URL(location, baseUrl()).pathname).toBe(landing);
    }
  });

  it('writes no link to the forged host in the sign-in page, the public pages or an API answer', async () => {
    for (const path of ['/login', '/', '/consultar', '/api/auth/providers', `/api/tickets/${NO_SUCH_ID}`]) {
      for (const forged of forgeries) {
        const reply = await rawGet(path, forged);
        expect(reply.status, path).toBeLessThan(500);
        expect(reply.text, `${path} ${JSON.stringify(forged)}`).not.toContain(FORGED);
        expect(String(reply.headers.location ?? ''), path).not.toContain(FORGED);
      }
    }
  });
});

describe('x-middleware-subrequest on the panel', () => {
  // The header that once made Next skip its middleware: the panel without a session still goes to /login.
  it.each(['middleware', 'proxy', Array(5).fill('src/middleware').join(':'), Array(5).fill('proxy').join(':')])('%s', async (value) => {
    const page = await fetch(`${baseUrl()}/panel/admin/tokens`, { headers: { 'x-middleware-subrequest': value }, redirect: 'manual' });
    expect(page.status).toBe(307);
    expect(new URL(page.headers.get('location')!, baseUrl()).pathname).toBe('/login');
  });
});

/** Signs out through Auth.js's own endpoint, as the panel's sign-out does: the CSRF token, then POST. */
async function signOut(cookie: string) {
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(';', 1)[0]).join('; ');
  return fetch(`${baseUrl()}/api/auth/signout`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [cookie, csrfCookie].filter(Boolean).join('; ') },
    body: new URLSearchParams({ csrfToken, callbackUrl: '/login' }),
    redirect: 'manual',
  });
}

/** A MESA user of this test's own, so ending its sessions touches no other test's. */
async function ownUser(): Promise<{ email: string; clear: string }> {
  const email = `salida.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@mesa.test`;
  const clear = 'Clave-de-salida-1';
  await testDb().user.create({ data: { email, name: 'Usuario que sale', role: 'MESA', active: true, passwordHash: await hash(clear) } });
  return { email, clear };
}

describe('a session cookie replayed after sign-out', () => {
  it('is no session: 401 from the API and a redirect to /login from the panel', async () => {
    const user = await ownUser();
    const { cookie } = await attemptSignIn(user.email, user.clear);
    expect(cookie).toBeTruthy();
    expect((await api('/api/tickets', { cookie })).status).toBe(200);

    const out = await signOut(cookie!);
    expect(out.status).toBe(302);
    // The browser is told to drop the cookie…
    expect(out.headers.getSetCookie().join('\n')).toMatch(/authjs\.session-token=;/);

    // …and a copy kept by someone else opens nothing.
    const before = await footprint();
    const context = await abuseContext();
    const replayed = await send({ path: '/api/tickets', headers: { cookie: cookie! } }, context);
    expectRefusal(replayed, { status: 401, code: 'UNAUTHENTICATED' });
    const note = await send({ path: `/api/tickets/${context.ticket.id}/actualizar`, json: { nota: 'Con una sesión cerrada', publica: true }, headers: { cookie: cookie! } }, context);
    expectRefusal(note, { status: 401, code: 'UNAUTHENTICATED' });
    expect(await footprint()).toEqual(before);

    const page = await fetch(`${baseUrl()}/panel`, { headers: { cookie: cookie! }, redirect: 'manual' });
    expect(page.status).toBe(307);
    expect(new URL(page.headers.get('location')!, baseUrl()).pathname).toBe('/login');
  });

  it('ends only that session: another session of the user and a new sign-in go on', async () => {
    const user = await ownUser();
    const [first, other] = [await attemptSignIn(user.email, user.clear), await attemptSignIn(user.email, user.clear)];
    await signOut(first.cookie!);
    const again = await attemptSignIn(user.email, user.clear);
    expect((await api('/api/tickets', { cookie: first.cookie })).status).toBe(401);
    expect((await api('/api/tickets', { cookie: other.cookie })).status).toBe(200);
    expect((await api('/api/tickets', { cookie: again.cookie })).status).toBe(200);
  });
});
