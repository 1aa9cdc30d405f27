import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { api, signIn } from '@/scripts/test/http-client';
import { ticketBody } from '@/scripts/test/requests';

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
const ADMIN_PAGES = ['/panel/admin', '/panel/admin/usuarios', '/panel/admin/calendario', '/panel/admin/sla', '/panel/admin/auditoria', '/panel/admin/tokens'];

let admin: string, mesa: string, area: string;
let sistemas: string, infraestructura: string;

/** A staff page as a browser asks for it: the status and the HTML that came with it. */
const page = async (path: string, cookie: string) => {
  const reply = await api<string>(path, { cookie, headers: { accept: 'text/html' } });
  return { status: reply.status, html: String(reply.body) };
};

beforeAll(async () => {
  const [a, m, r] = await Promise.all(['admin', 'mesa', 'area'].map((u) => signIn(`${u}@mesa.test`, password)));
  expect([a, m, r].every(Boolean)).toBe(true);
  [admin, mesa, area] = [a!, m!, r!];
  const create = async (areaAsignada: string) => {
    const reply = await api<{ ticketLabel: string }>('/api/tickets/crear', { body: ticketBody({ areaAsignada }) });
    expect(reply.status).toBe(200);
    return reply.body.ticketLabel;
  };
  [sistemas, infraestructura] = await Promise.all([create('Sistemas'), create('Infraestructura')]);
});

describe('the ticket page answers with the status of what it shows', () => {
  it('404 for a label that does not exist, with the ticket message', async () => {
    for (const cookie of [admin, mesa, area]) {
      const reply = await page('/panel/tickets/TK-2099-99999', cookie);
      expect(reply.status).toBe(404);
      expect(reply.html).toContain('El ticket no existe o no está en sus áreas');
    }
  });

  it('404 for a malformed label', async () => {
    expect((await page('/panel/tickets/no-es-un-ticket', mesa)).status).toBe(404);
  });

  it('404 for a ticket of another area, the same answer as an unknown one', async () => {
    const reply = await page(`/panel/tickets/${infraestructura}`, area);
    expect(reply.status).toBe(404);
    expect(reply.html).toContain('El ticket no existe o no está en sus áreas');
  });

  it('200 for a ticket in scope, in any case of the label', async () => {
    expect((await page(`/panel/tickets/${sistemas}`, area)).status).toBe(200);
    expect((await page(`/panel/tickets/${infraestructura.toLowerCase()}`, mesa)).status).toBe(200);
  });
});

describe('the administration answers 403 to other roles', () => {
  it('403 for MESA and AREA on every listed page, with the 403 message', async () => {
    for (const cookie of [mesa, area]) {
      for (const path of ADMIN_PAGES) {
        const reply = await page(path, cookie);
        expect(reply.status, path).toBe(403);
        expect(reply.html, path).toContain('No tiene permiso para ver esta página');
      }
    }
  });

  it('200 for ADMIN', async () => {
    for (const path of ADMIN_PAGES) expect((await page(path, admin)).status, path).toBe(200);
  });

  it('403 for AREA on the staff ticket form, 200 for MESA', async () => {
    expect((await page('/panel/tickets/nuevo', area)).status).toBe(403);
    expect((await page('/panel/tickets/nuevo', mesa)).status).toBe(200);
  });
});
