import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { api, signIn } from '@/scripts/test/http-client';
import { ticketBody } from '@/scripts/test/requests';
import { ticketFootprint, ticketInState } from '@/scripts/test/tickets';

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
let mesa = '';
let area = '';
beforeAll(async () => {
  mesa = (await signIn('mesa@mesa.test', password))!;
  area = (await signIn('area@mesa.test', password))!;
});

const etiquetar = (id: string, body: unknown, cookie = mesa) => api(`/api/tickets/${id}/etiquetar`, { method: 'POST', body, cookie });

describe('POST /api/tickets/{ticketUuid}/etiquetar', () => {
  it('adds and removes tags and answers the ticket with them', async () => {
    const ticket = await ticketInState('ASIGNADO');
    const added = await etiquetar(ticket.id, { agregar: ['VIP', 'red'] }, area);
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ estado: 'ASIGNADO', etiquetas: ['vip', 'red'] });
    const removed = await etiquetar(ticket.id, { quitar: ['vip'] });
    expect(removed.body.etiquetas).toEqual(['red']);
  });

  it('answers 400 naming agregar or quitar, and writes nothing', async () => {
    const ticket = await ticketInState('NUEVO');
    const before = await ticketFootprint(ticket.id);
    for (const [body, field] of [
      [{ agregar: ['dos palabras'] }, 'agregar'],
      [{ quitar: ['x'.repeat(41)] }, 'quitar'],
      [{}, 'agregar'],
      [{ agregar: Array.from({ length: 21 }, (_, i) => `e${i}`) }, 'agregar'],
    ] as const) {
      const reply = await etiquetar(ticket.id, body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error?.code).toBe('VALIDATION_ERROR');
      expect(Object.keys(reply.body.error?.fields ?? {})).toEqual([field]);
    }
    expect(await ticketFootprint(ticket.id)).toEqual(before);
  });

  it('answers 404 to AREA staff for another area’s ticket, and 409 on a closed ticket', async () => {
    const foreign = await ticketInState('NUEVO', 'Infraestructura');
    expect((await etiquetar(foreign.id, { agregar: ['ajena'] }, area)).status).toBe(404);
    const closed = await ticketInState('ARCHIVADO');
    const reply = await etiquetar(closed.id, { agregar: ['tarde'] });
    expect(reply.status).toBe(409);
    expect(reply.body.error).toMatchObject({ code: 'INVALID_TRANSITION', estado: 'ARCHIVADO', operacionesPermitidas: [] });
  });
});

describe('tags over the API', () => {
  it('creates a ticket with etiquetas and finds it with GET /api/tickets?etiqueta=', async () => {
    const tag = `t-${Date.now().toString(36)}`;
    const created = await api<{ ticketLabel: string }>('/api/tickets/crear', { method: 'POST', body: ticketBody({ etiquetas: [tag.toUpperCase(), 'otra'] }) });
    expect(created.status).toBe(200);
    const queue = await api<{ items: { ticketLabel: string; etiquetas: string[]; respuestaSolicitante: boolean }[] }>(`/api/tickets?etiqueta=${tag},no-existe`, { cookie: mesa });
    expect(queue.status).toBe(200);
    expect(queue.body.items).toEqual([expect.objectContaining({ ticketLabel: created.body.ticketLabel, etiquetas: [tag, 'otra'], respuestaSolicitante: false })]);
    const bad = await api('/api/tickets?etiqueta=a%20b&respuesta=nadie', { cookie: mesa });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error?.fields ?? {}).sort()).toEqual(['etiqueta', 'respuesta']);
  });

  it('refuses a bad tag on crear naming etiquetas', async () => {
    const reply = await api('/api/tickets/crear', { method: 'POST', body: ticketBody({ etiquetas: ['no válida!'] }) });
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.body.error?.fields ?? {})).toEqual(['etiquetas']);
  });
});
