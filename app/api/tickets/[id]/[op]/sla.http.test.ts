import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { testDb } from '@/scripts/test/db';
import { api, signIn } from '@/scripts/test/http-client';
import { ticketInState } from '@/scripts/test/tickets';

interface Detail {
  estado: string;
  slaHoras: number;
  fechaLimiteSla: string;
  prorrogado: boolean;
  version: number;
  historial: { operacion: string; texto: string | null; publica: boolean }[];
  error?: { code: string; message: string; fields?: Record<string, string[]> };
}

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
let mesa = '';
let area = '';
beforeAll(async () => {
  mesa = (await signIn('mesa@mesa.test', password))!;
  area = (await signIn('area@mesa.test', password))!;
});
afterAll(async () => {
  await testDb().settings.update({ where: { id: 1 }, data: { pauseStopsSla: true } });
});

const op = (id: string, name: string, body: unknown, cookie = mesa) => api<Detail>(`/api/tickets/${id}/${name}`, { method: 'POST', body, cookie });
/** An instant written in Bogotá's local time (UTC−5, no daylight saving). */
const bogota = (local: string) => new Date(`${local}-05:00`);

/** A MEDIA ticket whose creation is moved back to `fechaCreacion`, as if it had been filed then. */
async function ticketFiledAt(fechaCreacion: Date, estado: 'NUEVO' | 'ASIGNADO' = 'NUEVO') {
  const ticket = await ticketInState(estado);
  await testDb().ticket.update({ where: { id: ticket.id }, data: { fechaCreacion } });
  await testDb().ticketHistory.updateMany({ where: { ticketId: ticket.id, operacion: 'crear' }, data: { fecha: fechaCreacion } });
  return ticket;
}

/** A pause that happened: its pausar and reabrir entries in the history, at those instants. */
async function pastPause(ticketId: string, from: Date, to: Date) {
  await testDb().ticketHistory.createMany({
    data: [
      { ticketId, operacion: 'pausar', estadoAnterior: 'ASIGNADO', estadoNuevo: 'PAUSADO', actorNombre: 'Mesa', texto: 'Esperando', publica: true, fecha: from },
      { ticketId, operacion: 'reabrir', estadoAnterior: 'PAUSADO', estadoNuevo: 'ASIGNADO', actorNombre: 'Mesa', publica: true, fecha: to },
    ],
  });
}

describe('SLA deadlines in business time over HTTP', () => {
  it('gives a ticket filed Friday 16:00 with an 8-business-hour policy a deadline of Monday 15:00', async () => {
    // Friday 2026-11-06; Monday 2026-11-09 is a working day.
    const ticket = await ticketFiledAt(bogota('2026-11-06T16:00:00'));
    const reply = await op(ticket.id, 'reclasificar', { prioridad: 'ALTA' });
    expect(reply.status).toBe(200);
    expect(reply.body.slaHoras).toBe(8);
    expect(reply.body.fechaLimiteSla).toBe(bogota('2026-11-09T15:00:00').toISOString());
  });

  it('skips a holiday Monday: Friday 16:00 + 8 business hours is Tuesday 15:00', async () => {
    // Monday 2026-11-16 is the Independencia de Cartagena holiday.
    const ticket = await ticketFiledAt(bogota('2026-11-13T16:00:00'));
    const reply = await op(ticket.id, 'reclasificar', { prioridad: 'ALTA' });
    expect(reply.body.fechaLimiteSla).toBe(bogota('2026-11-17T15:00:00').toISOString());
  });

  it('moves the deadline by the paused working time of a two-day pause, and keeps it through a reclassification', async () => {
    const ticket = await ticketFiledAt(bogota('2026-11-06T16:00:00'), 'ASIGNADO');
    // Paused from Monday 09:00 to Wednesday 09:00: 18 working hours; 6 were left at 09:00 on Monday.
    await pastPause(ticket.id, bogota('2026-11-09T09:00:00'), bogota('2026-11-11T09:00:00'));
    const reply = await op(ticket.id, 'reclasificar', { prioridad: 'ALTA', motivo: 'Afecta a toda la sede' });
    expect(reply.status).toBe(200);
    expect(reply.body.fechaLimiteSla).toBe(bogota('2026-11-11T15:00:00').toISOString());
  });

  it('leaves the deadline where it was when the pause setting does not stop the clock', async () => {
    await testDb().settings.update({ where: { id: 1 }, data: { pauseStopsSla: false } });
    try {
      const ticket = await ticketFiledAt(bogota('2026-11-06T16:00:00'), 'ASIGNADO');
      await pastPause(ticket.id, bogota('2026-11-09T09:00:00'), bogota('2026-11-11T09:00:00'));
      const reply = await op(ticket.id, 'reclasificar', { prioridad: 'ALTA' });
      expect(reply.body.fechaLimiteSla).toBe(bogota('2026-11-09T15:00:00').toISOString());
    } finally {
      await testDb().settings.update({ where: { id: 1 }, data: { pauseStopsSla: true } });
    }
  });
});

describe('prorrogar', () => {
  it('extends an open ticket’s deadline once, with a reason the requester reads', async () => {
    const ticket = await ticketInState('ASIGNADO');
    const before = await testDb().ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    const reply = await op(ticket.id, 'prorrogar', { motivo: 'Necesitamos la respuesta de un proveedor externo.', extension: 8 });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ estado: 'ASIGNADO', prorrogado: true, version: before.version + 1 });
    expect(new Date(reply.body.fechaLimiteSla).getTime()).toBeGreaterThan(before.fechaLimiteSla.getTime());
    expect(reply.body.historial.at(-1)).toMatchObject({ operacion: 'prorrogar', publica: true, texto: 'Necesitamos la respuesta de un proveedor externo.' });

    const lookup = await api<{ historial: { operacion: string; texto: string | null }[] }>('/api/tickets/consultar', {
      method: 'POST',
      body: { ticketLabel: ticket.label, email: before.email },
    });
    expect(lookup.body.historial.at(-1)).toMatchObject({ operacion: 'prorrogar', texto: 'Necesitamos la respuesta de un proveedor externo.' });

    // Once only.
    const again = await op(ticket.id, 'prorrogar', { motivo: 'Otra vez' });
    expect(again.status).toBe(409);
    expect(again.body.error?.code).toBe('INVALID_TRANSITION');
  });

  it('refuses more than twice the term and a missing reason, naming the field, and writes nothing', async () => {
    const ticket = await ticketInState('NUEVO');
    const before = await testDb().ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { fechaLimiteSla: true, version: true } });
    const tooLong = await op(ticket.id, 'prorrogar', { motivo: 'Mucho', extension: 25 });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error?.fields?.extension?.[0]).toMatch(/24/);
    const noReason = await op(ticket.id, 'prorrogar', { extension: 2 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error?.fields?.motivo).toEqual(['El motivo es obligatorio.']);
    expect(await testDb().ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { fechaLimiteSla: true, version: true } })).toEqual(before);
  });

  it('is not for AREA staff (403)', async () => {
    const ticket = await ticketInState('ASIGNADO');
    expect((await op(ticket.id, 'prorrogar', { motivo: 'x' }, area)).status).toBe(403);
  });

  it('survives a pause: reopening keeps the extended deadline', async () => {
    // With the clock running through pauses, reopening must leave the deadline exactly where the prórroga put it.
    await testDb().settings.update({ where: { id: 1 }, data: { pauseStopsSla: false } });
    try {
      const ticket = await ticketInState('ASIGNADO');
      const granted = await op(ticket.id, 'prorrogar', { motivo: 'Proveedor', extension: 24 });
      expect(granted.status).toBe(200);
      expect((await op(ticket.id, 'pausar', { motivo: 'Esperando' })).status).toBe(200);
      const reopened = await op(ticket.id, 'reabrir', {});
      expect(reopened.status).toBe(200);
      expect(reopened.body).toMatchObject({ estado: 'ASIGNADO', prorrogado: true, fechaLimiteSla: granted.body.fechaLimiteSla });
    } finally {
      await testDb().settings.update({ where: { id: 1 }, data: { pauseStopsSla: true } });
    }
  });
});
