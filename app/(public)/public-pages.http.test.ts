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

interface FormCatalogs {
  prioridades: { codigo: string; nombre: string }[];
  formulario: { pidePrioridad: boolean };
}

async function formCatalogs(): Promise<FormCatalogs> {
  const response = await fetch(`${baseUrl()}/api/catalogos`);
  expect(response.status).toBe(200);
  return (await response.json()) as FormCatalogs;
}

/** An administration server action, posted as the admin pages' browser would. */
async function adminAction(exportedName: string, input: unknown, cookie: string): Promise<string> {
  const action = adminActions().find((a) => a.exportedName === exportedName)!;
  return (await callAction(action, input, cookie)).text;
}

describe('the public pages are the files the build made', () => {
  it('GET / answers the submission form, prerendered, with the tipos and the request for its catalogs', async () => {
    const first = await get('/');
    const second = await get('/');
    expect([first.cache, second.cache]).toEqual(['HIT', 'HIT']);
    expect(second.html).toBe(first.html);
    expect(first.html).toContain('Radicar una solicitud');
    expect(first.html).toContain('>Petición: Solicitar un servicio o una acción</option>');
    expect(first.html).toContain('Radicar solicitud</button>');
    // The browser asks for the catalogs while it loads the scripts; the form's fetch reuses that answer.
    expect(first.html).toMatch(/<link rel="preload" href="\/api\/catalogos" as="fetch" crossorigin=""\/>/);
    // Nothing the ADMIN changes is in the page: the priority's list comes with the catalogs.
    expect(first.html).not.toMatch(PRIORITY_SELECT);
  });

  it('GET /consultar is one prerendered page, whatever ?ticket= says', async () => {
    const plain = await get('/consultar');
    const prefilled = await get('/consultar?ticket=TK-2031-77777');
    expect([plain.cache, prefilled.cache]).toEqual(['HIT', 'HIT']);
    expect(prefilled.html).toContain('Consultar un ticket');
    expect(prefilled.html).toContain('Número de ticket');
    // The label is filled in the browser: the HTML is the same for every address.
    expect(prefilled.html).not.toContain('TK-2031-77777');
  });

  describe('an ADMIN change reaches the form\'s catalogs on the next visit', () => {
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

    it('showing the priority and renaming one, at once on this instance; the page itself does not change', async () => {
      const page = await get('/');
      expect((await formCatalogs()).formulario.pidePrioridad).toBe(false);

      expect(await adminAction('updatePublicFormSettingAction', { publicFormPrioridad: true }, admin)).toContain('"ok":true');
      expect(await adminAction('updatePriorityAction', { code: 'ALTA', newCode: 'ALTA', ...alta, label: renamed }, admin)).toContain('"ok":true');

      const changed = await formCatalogs();
      expect(changed.formulario.pidePrioridad).toBe(true);
      expect(changed.prioridades).toContainEqual({ codigo: 'ALTA', nombre: renamed });
      const after = await get('/');
      expect(after.cache).toBe('HIT');
      expect(after.html).toBe(page.html);
    });
  });

  describe('a change written straight to the database (another instance, a script)', () => {
    afterAll(() => testDb().settings.update({ where: { id: 1 }, data: { publicFormPrioridad: false } }));

    it('reaches the catalogs once the notification arrives (or the copy\'s age runs out)', async () => {
      expect((await formCatalogs()).formulario.pidePrioridad).toBe(false);
      await testDb().settings.update({ where: { id: 1 }, data: { publicFormPrioridad: true } });
      // The notification's delay; on the embedded database (no listener) the copy's 5 s.
      const deadline = Date.now() + (process.env.MESA_TEST_DATABASE_EMBEDDED === '1' ? 7_000 : 2_000);
      let catalogs = await formCatalogs();
      while (!catalogs.formulario.pidePrioridad && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        catalogs = await formCatalogs();
      }
      expect(catalogs.formulario.pidePrioridad).toBe(true);
    });
  });
});

describe('the public form loads its checks only when a person starts filling it in', () => {
  it('sends no validation library with the page', async () => {
    const { html } = await get('/');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const bodies = await Promise.all(scripts.map(async (src) => (await fetch(`${baseUrl()}${src}`)).text()));
    // zod's error class is in its every build; the page must paint and hydrate without it.
    expect(bodies.filter((body) => body.includes('ZodError'))).toHaveLength(0);
  });
});
