import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { testDb } from '@/scripts/test/db';
import { baseUrl, signIn } from '@/scripts/test/http-client';
import { adminActions, callAction } from '@/scripts/test/server-actions';

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
const PRIORITY_SELECT = /<select[^>]*name="prioridad"/;

interface Page {
  cache: string | null;
  html: string;
}

async function get(pathname: string): Promise<Page> {
  const response = await fetch(`${baseUrl()}${pathname}`);
  expect(response.status, pathname).toBe(200);
  return { cache: response.headers.get('x-nextjs-cache'), html: await response.text() };
}

/**
 * The page as the next visitors get it. An entry past its lifetime is answered once more (STALE) while
 * it is rendered again in the background; a few requests later the fresh one is served (HIT).
 */
async function served(pathname: string): Promise<Page> {
  let page = await get(pathname);
  for (let attempt = 0; attempt < 20 && page.cache !== 'HIT'; attempt++) {
    await new Promise((r) => setTimeout(r, 100));
    page = await get(pathname);
  }
  return page;
}

/** An administration server action, posted as the admin pages' browser would. */
async function adminAction(exportedName: string, input: unknown, cookie: string): Promise<string> {
  const action = adminActions().find((a) => a.exportedName === exportedName)!;
  return (await callAction(action, input, cookie)).text;
}

describe('the public pages are served from the cache', () => {
  it('GET / answers the submission form from the cache, request after request', async () => {
    const first = await served('/');
    const second = await get('/');
    expect([first.cache, second.cache]).toEqual(['HIT', 'HIT']);
    for (const { html } of [first, second]) {
      expect(html).toContain('Radicar una solicitud');
      expect(html).toContain('Tipo de solicitud');
      expect(html).toContain('Radicar solicitud</button>');
    }
  });

  it('GET /consultar is one prerendered page, whatever ?ticket= says', async () => {
    const plain = await served('/consultar');
    const prefilled = await get('/consultar?ticket=TK-2031-77777');
    expect([plain.cache, prefilled.cache]).toEqual(['HIT', 'HIT']);
    expect(prefilled.html).toContain('Consultar un ticket');
    expect(prefilled.html).toContain('Número de ticket');
    // The label is filled in the browser: the HTML is the same for every address.
    expect(prefilled.html).not.toContain('TK-2031-77777');
  });

  it('the internal path of the form is not a second address', async () => {
    const response = await fetch(`${baseUrl()}/radicar/formulario`, { redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('/');
  });

  describe('an ADMIN change on this instance shows on the next visit', () => {
    let admin: string;
    let alta: { label: string; sortOrder: number; active: boolean };
    const renamed = 'Alta (revisada por la administración)';

    beforeAll(async () => {
      admin = (await signIn('admin@mesa.test', password))!;
      alta = await testDb().priority.findUniqueOrThrow({ where: { code: 'ALTA' }, select: { label: true, sortOrder: true, active: true } });
    });

    afterAll(async () => {
      await adminAction('updatePriorityAction', { code: 'ALTA', newCode: 'ALTA', ...alta }, admin);
      await adminAction('updatePublicFormSettingAction', { publicFormPrioridad: false }, admin);
    });

    it('showing the priority and renaming one reach the cached form at once', async () => {
      expect((await served('/')).html).not.toMatch(PRIORITY_SELECT);

      expect(await adminAction('updatePublicFormSettingAction', { publicFormPrioridad: true }, admin)).toContain('"ok":true');
      expect(await adminAction('updatePriorityAction', { code: 'ALTA', newCode: 'ALTA', ...alta, label: renamed }, admin)).toContain('"ok":true');

      const changed = await get('/');
      expect(changed.html).toMatch(PRIORITY_SELECT);
      expect(changed.html).toContain(`>${renamed}</option>`);
      expect((await get('/')).cache).toBe('HIT');
    });
  });

  describe('a change written straight to the database (another instance, a script)', () => {
    afterAll(() => testDb().settings.update({ where: { id: 1 }, data: { publicFormPrioridad: false } }));

    it('reaches the cached form once the notification arrives (or the copy\'s age runs out), not after the page\'s 60 s', async () => {
      expect((await served('/')).html).not.toMatch(PRIORITY_SELECT);
      await testDb().settings.update({ where: { id: 1 }, data: { publicFormPrioridad: true } });
      // The notification's delay; on the embedded database (no listener) the copy's 5 s.
      const deadline = Date.now() + (process.env.MESA_TEST_DATABASE_EMBEDDED === '1' ? 7_000 : 2_000);
      let page = await get('/');
      while (!PRIORITY_SELECT.test(page.html) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        page = await get('/');
      }
      expect(page.html).toMatch(PRIORITY_SELECT);
    });
  });
});

describe('the public form loads its checks only when a person starts filling it in', () => {
  it('sends no validation library with the page', async () => {
    const { html } = await served('/');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const bodies = await Promise.all(scripts.map(async (src) => (await fetch(`${baseUrl()}${src}`)).text()));
    // zod's error class is in its every build; the page must paint and hydrate without it.
    expect(bodies.filter((body) => body.includes('ZodError'))).toHaveLength(0);
  });
});
