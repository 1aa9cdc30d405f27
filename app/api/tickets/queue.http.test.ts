import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { api, signIn } from '@/scripts/test/http-client';
import { ticketBody } from '@/scripts/test/requests';

interface QueueReply {
  items: { ticketLabel: string; areaAsignada: string; estado: string; slaEstado: string; slaRestanteMs: number | null }[];
  nextCursor: string | null;
  prevCursor: string | null;
  conteos: Record<'NUEVO' | 'ASIGNADO' | 'TRANSFERIDO' | 'RECLASIFICADO' | 'PAUSADO' | 'CANCELADO' | 'ARCHIVADO', { count: number; capped: boolean }>;
  error?: { code: string; message: string; fields?: Record<string, string[]> };
}

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
// A word no other test writes: the queries below see only this file's tickets.
const word = `zq${Math.random().toString(36).slice(2, 9)}`;
let admin: string, mesa: string, area: string;
let sistemas: string, infraestructura: string;

/** A cursor as the board encodes one (base64url JSON), with the values given. */
const forgedCursor = (wire: { o: string; v: number[] }) =>
  Buffer.from(JSON.stringify({ o: wire.o, d: 'desc', t: 'a', v: wire.v, i: '00000000-0000-4000-8000-000000000000' })).toString('base64url');

const queue = (params: string, auth: { cookie?: string; token?: string } = { cookie: mesa }) => api<QueueReply>(`/api/tickets?${params}`, auth);

beforeAll(async () => {
  const [a, m, r] = await Promise.all(['admin', 'mesa', 'area'].map((u) => signIn(`${u}@mesa.test`, password)));
  [admin, mesa, area] = [a!, m!, r!];
  const create = async (areaAsignada: string) => {
    const reply = await api<{ ticketLabel: string }>('/api/tickets/crear', { body: ticketBody({ areaAsignada, descripcion: `Falla del equipo ${word} en la sede.` }) });
    expect(reply.status).toBe(200);
    return reply.body.ticketLabel;
  };
  sistemas = await create('Sistemas');
  infraestructura = await create('Infraestructura');
});

describe('GET /api/tickets', () => {
  it('answers 401 without a session or with a bad token', async () => {
    for (const auth of [{}, { token: 'mda_no-es-un-token' }]) {
      const reply = await queue('', auth);
      expect(reply.status).toBe(401);
      expect(reply.body.error?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 400 naming the parameter for bad input', async () => {
    const cases: [string, string][] = [
      ['estado=ABIERTO', 'estado'],
      ['tamano=7', 'tamano'],
      ['orden=nombre', 'orden'],
      ['desde=2026-13-01', 'desde'],
      ['asignadoA=alguien', 'asignadoA'],
      ['cursor=esto-no-es-un-cursor', 'cursor'],
      // Well formed, with numbers no ticket can hold: once a 500 from the database.
      [`cursor=${forgedCursor({ o: 'creado', v: [Number.MAX_SAFE_INTEGER] })}`, 'cursor'],
      [`orden=prioridad&cursor=${forgedCursor({ o: 'prioridad', v: [Number.MAX_SAFE_INTEGER, 1] })}`, 'cursor'],
      ['hasta=9999-12-31', 'hasta'],
      ['desde=0001-01-01', 'desde'],
    ];
    for (const [params, field] of cases) {
      const reply = await queue(params);
      expect(reply.status, params).toBe(400);
      expect(reply.body.error?.code, params).toBe('VALIDATION_ERROR');
      expect(reply.body.error?.fields?.[field], params).toBeDefined();
    }
  });

  it('gives staff the page, the cursors and the counts per state', async () => {
    const reply = await queue(`q=${word}&orden=creado&dir=asc`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toContain('no-store');
    expect(reply.body.items.map((i) => i.ticketLabel)).toEqual([sistemas, infraestructura]);
    expect(reply.body.items[0]).toMatchObject({ estado: 'NUEVO', slaEstado: 'EN_TIEMPO' });
    expect(reply.body.items[0]!.slaRestanteMs).toBeGreaterThan(0);
    expect(reply.body).toMatchObject({ nextCursor: null, prevCursor: null });
    expect(reply.body.conteos.NUEVO).toEqual({ count: 2, capped: false });
    expect(reply.body.conteos.ARCHIVADO).toEqual({ count: 0, capped: false });
  });

  it('shows AREA staff only their areas, and an area filter never widens that', async () => {
    const own = await queue(`q=${word}`, { cookie: area });
    expect(own.body.items.map((i) => i.ticketLabel)).toEqual([sistemas]);
    expect(own.body.conteos.NUEVO.count).toBe(1);
    const widened = await queue(`q=${word}&area=Infraestructura`, { cookie: area });
    expect(widened.status).toBe(200);
    expect(widened.body.items).toEqual([]);
    expect(widened.body.conteos.NUEVO.count).toBe(0);
  });

  it('accepts a Bearer token with the scope of its role and areas', async () => {
    const issued = await api<{ token: string }>('/api/admin/tokens', { method: 'POST', cookie: admin, body: { name: `Cola ${word}`, role: 'AREA', areas: ['Infraestructura'] } });
    expect(issued.status).toBe(201);
    const reply = await queue(`q=${word}`, { token: issued.body.token });
    expect(reply.status).toBe(200);
    expect(reply.body.items.map((i) => i.ticketLabel)).toEqual([infraestructura]);
    // A token has no user: "mis tickets" is empty for it.
    expect((await queue(`q=${word}&asignadoA=yo`, { token: issued.body.token })).body.items).toEqual([]);
  });
});
