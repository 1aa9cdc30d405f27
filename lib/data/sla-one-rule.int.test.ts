import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { DEFAULT_QUEUE_QUERY } from '@/lib/domain/queue';
import type { SlaEstado } from '@/lib/domain/sla';
import { testDb } from '@/scripts/test/db';
import { applyOperation } from './apply-operation';
import { findPublicTicket } from './lookup-ticket';
import { newArea, newTicket, staffActor } from './queue-test-fixtures';
import { getTicketDetail } from './ticket-detail';
import { listQueue } from './ticket-queue';

/** An instant in Bogotá's local time (UTC−5 all year). */
const bog = (local: string) => new Date(`${local}-05:00`);

// Only Date is faked: the database driver's timers keep running.
const at = (local: string) => vi.setSystemTime(bog(local));

let mesa: Actor;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  mesa = await staffActor('mesa@mesa.test');
});

afterAll(() => {
  vi.useRealTimers();
});

describe('one SLA rule: the risk instant excludes paused time everywhere', () => {
  let area: string;
  let ticket: { id: string; label: string };
  let email: string;

  beforeAll(async () => {
    area = await newArea('Riesgo');
    email = 'riesgo@example.com';
    // An 8-business-hour ticket filed Monday 08:00, paused Monday 10:00 → Tuesday 10:00.
    at('2026-11-23T08:00');
    ticket = await newTicket(area, { tipo: 'INCIDENTE', prioridad: 'ALTA', email });
    at('2026-11-23T09:00');
    await applyOperation(mesa, ticket.id, 'asignar', { asignadoA: mesa.userId ?? undefined });
    at('2026-11-23T10:00');
    await applyOperation(mesa, ticket.id, 'pausar', { motivo: 'Esperando la factura del solicitante' });
    at('2026-11-24T10:00');
    await applyOperation(mesa, ticket.id, 'reabrir', {});
  });

  /** The status the board, the detail page, the lookup and the board's filter give at one instant. */
  async function statusEverywhere(local: string) {
    at(local);
    const board = await listQueue(mesa, { ...DEFAULT_QUEUE_QUERY, area: [area] });
    const filtered = async (slaEstado: SlaEstado) =>
      (await listQueue(mesa, { ...DEFAULT_QUEUE_QUERY, area: [area], slaEstado: [slaEstado] })).rows.map((r) => r.ticketLabel);
    return {
      board: board.rows[0]?.slaEstado,
      detail: (await getTicketDetail(mesa, { id: ticket.id })).slaEstado,
      lookup: (await findPublicTicket(ticket.label, email))?.slaEstado,
      enRiesgo: await filtered('EN_RIESGO'),
      enTiempo: await filtered('EN_TIEMPO'),
    };
  }

  it('stores the deadline Tuesday 16:00 and the risk instant Tuesday 14:00', async () => {
    const row = await testDb().ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { fechaLimiteSla: true, fechaRiesgoSla: true } });
    expect(row.fechaLimiteSla).toEqual(bog('2026-11-24T16:00'));
    expect(row.fechaRiesgoSla).toEqual(bog('2026-11-24T14:00'));
  });

  it('is EN_TIEMPO at Tuesday 11:45 with 4¼ h left, on every view', async () => {
    expect(await statusEverywhere('2026-11-24T11:45')).toEqual({
      board: 'EN_TIEMPO', detail: 'EN_TIEMPO', lookup: 'EN_TIEMPO', enRiesgo: [], enTiempo: [ticket.label],
    });
  });

  it('turns EN_RIESGO at Tuesday 14:00, on every view', async () => {
    expect(await statusEverywhere('2026-11-24T13:59:59.999')).toMatchObject({ board: 'EN_TIEMPO', detail: 'EN_TIEMPO', lookup: 'EN_TIEMPO', enRiesgo: [] });
    expect(await statusEverywhere('2026-11-24T14:00')).toEqual({
      board: 'EN_RIESGO', detail: 'EN_RIESGO', lookup: 'EN_RIESGO', enRiesgo: [ticket.label], enTiempo: [],
    });
  });
});

describe('a PQRS term is the one granted, whatever the working hours become', () => {
  let saved: { activePolicySet: string; workStartMinute: number; workEndMinute: number };

  beforeAll(async () => {
    saved = await testDb().settings.findUniqueOrThrow({ where: { id: 1 }, select: { activePolicySet: true, workStartMinute: true, workEndMinute: true } });
    await testDb().settings.update({ where: { id: 1 }, data: { activePolicySet: 'PQRS', workStartMinute: 8 * 60, workEndMinute: 17 * 60 } });
  });

  afterEach(async () => {
    await testDb().settings.update({ where: { id: 1 }, data: saved });
  });

  it('keeps 15 días hábiles through a change of hours, a prórroga and two reclassifications', async () => {
    const area = await newArea('PQRS');
    at('2026-11-23T10:00');
    const { id } = await newTicket(area, { tipo: 'PETICION', prioridad: 'MEDIA' });
    const term = () => testDb().ticket.findUniqueOrThrow({ where: { id }, select: { slaDuracion: true, slaReloj: true, fechaLimiteSla: true, fechaRiesgoSla: true } });
    // Day 1 is Tuesday; Tuesday 8 December is a holiday: day 15 ends Tuesday 15 December at 17:00.
    expect(await term()).toMatchObject({ slaDuracion: 15, slaReloj: 'DIAS_HABILES', fechaLimiteSla: bog('2026-12-15T17:00') });

    // The ADMIN shortens the working day to 07:00–11:00 (4 h): 15 × 9 h would now read as 34 days.
    await testDb().settings.update({ where: { id: 1 }, data: { workStartMinute: 7 * 60, workEndMinute: 11 * 60 } });
    at('2026-11-23T11:00');
    await applyOperation(mesa, id, 'prorrogar', { motivo: 'Se requiere concepto jurídico' });
    // The whole term is doubled: 30 business days (Christmas, New Year and Reyes skipped), ending at 11:00.
    expect(await term()).toMatchObject({ slaDuracion: 15, fechaLimiteSla: bog('2027-01-07T11:00') });

    // A new prioridad brings its policy's term, the same 15 days for a petición, with the prórroga kept.
    await applyOperation(mesa, id, 'reclasificar', { prioridad: 'ALTA', motivo: 'Urgente' });
    expect(await term()).toMatchObject({ slaDuracion: 15, slaReloj: 'DIAS_HABILES', fechaLimiteSla: bog('2027-01-07T11:00') });

    // A new categoría keeps the term granted.
    await applyOperation(mesa, id, 'asignar', { asignadoA: mesa.userId ?? undefined });
    await applyOperation(mesa, id, 'reclasificar', { categoria: 'Atención al ciudadano', subcategoria: 'Trámites', prioridad: undefined, motivo: 'Es un trámite' });
    const after = await term();
    expect(after).toMatchObject({ slaDuracion: 15, slaReloj: 'DIAS_HABILES', fechaLimiteSla: bog('2027-01-07T11:00') });
    expect(after.fechaRiesgoSla.getTime()).toBeLessThan(after.fechaLimiteSla.getTime());
  });
});
