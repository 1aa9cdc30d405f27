import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { api, signIn } from '@/scripts/test/http-client';
import { ticketBody } from '@/scripts/test/requests';

interface ChangesReply {
  nuevos: number;
  actualizados: number;
  capped: boolean;
  ultimoCambio: string | null;
  ahora: string;
  tickets: { ticketUuid: string; version: number; nuevo: boolean }[];
  error?: { code: string; message: string; fields?: Record<string, string[]> };
}

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
// A word no other test writes: the counts below see only this file's tickets.
const word = `zc${Math.random().toString(36).slice(2, 9)}`;
let mesa: string, area: string;
let since: string;
let sistemas: string, infraestructura: string;

const changes = (params: string, auth: { cookie?: string; token?: string } = { cookie: mesa }) =>
  api<ChangesReply>(`/api/tickets/cambios?${params}`, auth);

beforeAll(async () => {
  const [m, r] = await Promise.all(['mesa', 'area'].map((u) => signIn(`${u}@mesa.test`, password)));
  [mesa, area] = [m!, r!];
  // The server's clock, as the board starts.
  since = (await changes(`q=${word}`)).body.ahora;
  const create = async (areaAsignada: string) => {
    const reply = await api<{ ticketUuid: string }>('/api/tickets/crear', { body: ticketBody({ areaAsignada, descripcion: `Falla del equipo ${word} en la sede.` }) });
    expect(reply.status).toBe(200);
    return reply.body.ticketUuid;
  };
  sistemas = await create('Sistemas');
  infraestructura = await create('Infraestructura');
});

describe('GET /api/tickets/cambios', () => {
  it('answers 401 without a session or with a bad token', async () => {
    for (const auth of [{}, { token: 'mda_no-es-un-token' }]) {
      const reply = await changes(`desde=${since}`, auth);
      expect(reply.status).toBe(401);
      expect(reply.body.error?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 400 naming the parameter for a bad instant or filter', async () => {
    const cases: [string, string][] = [
      ['desde=ayer', 'desde'],
      ['desde=2026-11-23', 'desde'],
      ['desde=2026-13-45T10:00:00Z', 'desde'],
      [`desde=${since}&estado=ABIERTO`, 'estado'],
    ];
    for (const [params, field] of cases) {
      const reply = await changes(params);
      expect(reply.status, params).toBe(400);
      expect(reply.body.error?.code, params).toBe('VALIDATION_ERROR');
      expect(reply.body.error?.fields?.[field], params).toBeDefined();
      expect(reply.body.error?.message, params).toContain(field);
    }
  });

  it('without an instant gives only the server clock, uncached', async () => {
    const reply = await changes(`q=${word}`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toContain('no-store');
    expect(reply.body).toMatchObject({ nuevos: 0, actualizados: 0, tickets: [] });
    expect(Number.isNaN(Date.parse(reply.body.ahora))).toBe(false);
  });

  it('counts the tickets created since the instant under the board filters', async () => {
    const reply = await changes(`desde=${encodeURIComponent(since)}&q=${word}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ nuevos: 2, actualizados: 0, capped: false });
    expect(reply.body.tickets.map((t) => t.ticketUuid).sort()).toEqual([sistemas, infraestructura].sort());
    expect((await changes(`desde=${encodeURIComponent(since)}&q=${word}&area=Sistemas`)).body.nuevos).toBe(1);
    expect((await changes(`desde=${encodeURIComponent(since)}&q=${word}&estado=PAUSADO`)).body.nuevos).toBe(0);
    expect((await changes(`desde=${encodeURIComponent(reply.body.ahora)}&q=${word}`)).body.nuevos).toBe(0);
  });

  it('shows AREA staff only their areas, and an area filter never widens that', async () => {
    const own = await changes(`desde=${encodeURIComponent(since)}&q=${word}`, { cookie: area });
    expect(own.body.tickets.map((t) => t.ticketUuid)).toEqual([sistemas]);
    const widened = await changes(`desde=${encodeURIComponent(since)}&q=${word}&area=Infraestructura`, { cookie: area });
    expect(widened.status).toBe(200);
    expect(widened.body.nuevos).toBe(0);
  });
});

describe('GET /api/tickets/{id}/version', () => {
  it('gives the version, 401 without a session, 400 for a bad id, 404 out of scope', async () => {
    const reply = await api<{ version: number; fechaActualizacion: string }>(`/api/tickets/${infraestructura}/version`, { cookie: mesa });
    expect(reply.status).toBe(200);
    expect(reply.body.version).toBe(1);
    expect(reply.headers.get('cache-control')).toContain('no-store');
    expect((await api(`/api/tickets/${infraestructura}/version`)).status).toBe(401);
    expect((await api('/api/tickets/no-es-un-uuid/version', { cookie: mesa })).status).toBe(400);
    expect((await api(`/api/tickets/${infraestructura}/version`, { cookie: area })).status).toBe(404);
    expect((await api(`/api/tickets/${sistemas}/version`, { cookie: area })).status).toBe(200);
  });

  it('follows the ticket as it changes', async () => {
    const note = await api(`/api/tickets/${sistemas}/actualizar`, { cookie: mesa, body: { nota: 'Revisado en sitio.', publica: false } });
    expect(note.status).toBe(200);
    const reply = await api<{ version: number }>(`/api/tickets/${sistemas}/version`, { cookie: mesa });
    expect(reply.body.version).toBe(2);
    const counted = await changes(`desde=${encodeURIComponent(since)}&q=${word}`);
    expect(counted.body.tickets).toContainEqual({ ticketUuid: sistemas, version: 2, nuevo: true });
  });
});
