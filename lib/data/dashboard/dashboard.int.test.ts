import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import type { EstadoTicket } from '@/lib/domain/estados';
import type { TipoTicket } from '@/lib/domain/tipos';
import { testDb } from '@/scripts/test/db';
import { ticketBody } from '@/scripts/test/requests';
import { ticketInputSchema } from '@/lib/validation/ticket';
import { createTicket } from '../create-ticket';
import { dailyFlow } from './daily-flow';
import { countOpenTickets } from './open-tickets';
import { countSlaNow } from './sla-now';
import { slaCompliance } from './sla-compliance';

// The figures are checked on tickets dated in 2019, in two areas of this file's own: the other
// test files share the database but never close a ticket in 2019 nor use these areas.
const TAG = Math.random().toString(36).slice(2, 8);
const NORTE = `Tablero Norte ${TAG}`;
const SUR = `Tablero Sur ${TAG}`;
const TZ = 'America/Bogota';

const mesa: Actor = { userId: null, tokenId: null, name: 'Mesa', role: 'MESA', areas: ['MESA'] };
const norte: Actor = { userId: null, tokenId: null, name: 'Norte', role: 'AREA', areas: [NORTE] };
const ambas: Actor = { userId: null, tokenId: null, name: 'Ambas', role: 'AREA', areas: [NORTE, SUR] };

/** A wall-clock time in Bogotá (UTC−5 all year). */
const bog = (local: string) => new Date(`${local.replace(' ', 'T')}:00-05:00`);

interface Dates {
  creado: string;
  limite: string;
  riesgo?: string;
  cierre?: string;
}

/** A ticket created through the creation path, then moved to a state and dates for the test. */
async function ticket(area: string, tipo: TipoTicket, estado: EstadoTicket, d: Dates): Promise<void> {
  const body = await createTicket(ticketInputSchema.parse(ticketBody({ areaAsignada: area, tipo })), { canal: 'API' });
  await testDb().$executeRaw`
    UPDATE tickets SET estado = ${estado}::"Estado", "fechaCreacion" = ${bog(d.creado)},
      "fechaLimiteSla" = ${bog(d.limite)}, "fechaRiesgoSla" = ${bog(d.riesgo ?? d.limite)},
      "fechaCierre" = ${d.cierre ? bog(d.cierre) : null}
    WHERE id = ${body.ticketUuid}::uuid`;
}

beforeAll(async () => {
  await testDb().area.createMany({ data: [{ name: NORTE }, { name: SUR }] });
  // Closed tickets (SLA compliance, March 2019).
  await ticket(NORTE, 'PETICION', 'ARCHIVADO', { creado: '2019-03-05 09:00', limite: '2019-03-11 12:00', cierre: '2019-03-10 10:00' });
  await ticket(NORTE, 'PETICION', 'CANCELADO', { creado: '2019-03-05 20:00', limite: '2019-03-11 12:00', cierre: '2019-03-12 08:00' });
  // Closed at the very deadline: still CUMPLIDO (fechaCierre ≤ fechaLimiteSla).
  await ticket(NORTE, 'QUEJA', 'ARCHIVADO', { creado: '2019-03-06 08:00', limite: '2019-03-14 17:00', cierre: '2019-03-14 17:00' });
  await ticket(NORTE, 'QUEJA', 'ARCHIVADO', { creado: '2019-03-20 08:00', limite: '2019-04-10 17:00', cierre: '2019-04-02 09:00' });
  // 23:30 in Bogotá on the 31st is already April in UTC: it belongs to March.
  await ticket(SUR, 'PETICION', 'ARCHIVADO', { creado: '2019-03-25 08:00', limite: '2019-03-29 17:00', cierre: '2019-03-31 23:30' });
  await ticket(SUR, 'RECLAMO', 'ARCHIVADO', { creado: '2019-02-26 08:00', limite: '2019-03-05 17:00', cierre: '2019-03-01 00:10' });
  // 23:50 on 28 February in Bogotá is 1 March in UTC: it belongs to February.
  await ticket(SUR, 'QUEJA', 'ARCHIVADO', { creado: '2019-02-20 08:00', limite: '2019-03-05 17:00', cierre: '2019-02-28 23:50' });
  // A ticket still in the workflow never counts as closed, whatever its dates.
  await ticket(SUR, 'QUEJA', 'ASIGNADO', { creado: '2019-03-02 08:00', limite: '2019-03-03 17:00', cierre: '2019-03-03 09:00' });

  // Open tickets, judged at 2019-06-01 12:00 Bogotá.
  await ticket(NORTE, 'INCIDENTE', 'NUEVO', { creado: '2019-05-20 08:00', riesgo: '2019-05-29 08:00', limite: '2019-05-30 08:00' });
  await ticket(NORTE, 'INCIDENTE', 'ASIGNADO', { creado: '2019-05-20 08:00', riesgo: '2019-05-31 08:00', limite: '2019-06-02 08:00' });
  await ticket(SUR, 'INCIDENTE', 'PAUSADO', { creado: '2019-05-20 08:00', riesgo: '2019-05-21 08:00', limite: '2019-05-22 08:00' });
  await ticket(SUR, 'INCIDENTE', 'TRANSFERIDO', { creado: '2019-05-20 08:00', riesgo: '2019-06-05 08:00', limite: '2019-06-08 08:00' });
  // At the deadline itself the ticket is at risk, not yet overdue (slaEstadoOf).
  await ticket(SUR, 'INCIDENTE', 'ASIGNADO', { creado: '2019-05-20 08:00', riesgo: '2019-05-30 08:00', limite: '2019-06-01 12:00' });
});

const MARCH = { desde: '2019-03-01', hasta: '2019-03-31' };

describe('SLA compliance of the closed tickets in a period', () => {
  it('counts ARCHIVADO and CANCELADO closed within the period\'s local days, per tipo and per area', async () => {
    const c = await slaCompliance(mesa, MARCH, TZ);
    expect(c.total).toEqual({ cerrados: 5, cumplidos: 3 });
    expect(c.porTipo).toEqual([
      { tipo: 'PETICION', cerrados: 3, cumplidos: 1 },
      { tipo: 'QUEJA', cerrados: 1, cumplidos: 1 },
      { tipo: 'RECLAMO', cerrados: 1, cumplidos: 1 },
    ]);
    expect(c.porArea).toEqual([
      { nombre: NORTE, cerrados: 3, cumplidos: 2 },
      { nombre: SUR, cerrados: 2, cumplidos: 1 },
    ]);
  });

  it('gives AREA staff the figures of their areas only', async () => {
    const c = await slaCompliance(norte, MARCH, TZ);
    expect(c.total).toEqual({ cerrados: 3, cumplidos: 2 });
    expect(c.porTipo).toEqual([
      { tipo: 'PETICION', cerrados: 2, cumplidos: 1 },
      { tipo: 'QUEJA', cerrados: 1, cumplidos: 1 },
    ]);
    expect(c.porArea).toEqual([{ nombre: NORTE, cerrados: 3, cumplidos: 2 }]);
  });

  it('is empty for a period with nothing closed', async () => {
    expect(await slaCompliance(mesa, { desde: '2018-01-01', hasta: '2018-01-31' }, TZ)).toEqual({ total: { cerrados: 0, cumplidos: 0 }, porTipo: [], porArea: [] });
  });
});

describe('created and closed per day', () => {
  it('buckets by the local day in Bogotá and fills the days without tickets', async () => {
    const series = await dailyFlow(ambas, { desde: '2019-02-28', hasta: '2019-03-06' }, TZ);
    expect(series).toEqual([
      { dia: '2019-02-28', creados: 0, cerrados: 1 },
      { dia: '2019-03-01', creados: 0, cerrados: 1 },
      { dia: '2019-03-02', creados: 1, cerrados: 0 },
      { dia: '2019-03-03', creados: 0, cerrados: 0 },
      { dia: '2019-03-04', creados: 0, cerrados: 0 },
      // 20:00 in Bogotá is the next day in UTC: both creations belong to the 5th.
      { dia: '2019-03-05', creados: 2, cerrados: 0 },
      { dia: '2019-03-06', creados: 1, cerrados: 0 },
    ]);
  });

  it('counts only the areas of an AREA user', async () => {
    const series = await dailyFlow(norte, { desde: '2019-03-01', hasta: '2019-03-30' }, TZ);
    expect(series).toHaveLength(30);
    expect(series.reduce((s, d) => s + d.creados, 0)).toBe(4);
    expect(series.reduce((s, d) => s + d.cerrados, 0)).toBe(3);
  });
});

describe('open tickets and their SLA now', () => {
  it('counts open tickets per state (zeros included) and per area, within the scope', async () => {
    const open = await countOpenTickets(ambas);
    expect(open.total).toBe(6);
    expect(open.porEstado).toEqual([
      { estado: 'NUEVO', total: 1 },
      { estado: 'ASIGNADO', total: 3 },
      { estado: 'TRANSFERIDO', total: 1 },
      { estado: 'RECLASIFICADO', total: 0 },
      { estado: 'PAUSADO', total: 1 },
    ]);
    expect(open.porArea).toEqual([{ nombre: SUR, total: 4 }, { nombre: NORTE, total: 2 }]);
    expect((await countOpenTickets(norte)).porArea).toEqual([{ nombre: NORTE, total: 2 }]);
  });

  it('sees every area for MESA', async () => {
    const open = await countOpenTickets(mesa);
    expect(open.porArea).toEqual(expect.arrayContaining([{ nombre: SUR, total: 4 }, { nombre: NORTE, total: 2 }]));
    expect(open.total).toBeGreaterThanOrEqual(6);
  });

  it('counts overdue and at-risk tickets, never a paused one', async () => {
    const now = bog('2019-06-01 12:00');
    // Overdue: the NUEVO one of Norte and the ASIGNADO one of Sur due in March.
    expect(await countSlaNow(ambas, now)).toEqual({ vencidos: 2, enRiesgo: 2 });
    expect(await countSlaNow(norte, now)).toEqual({ vencidos: 1, enRiesgo: 1 });
    // A moment later the ticket due at noon is overdue.
    expect(await countSlaNow(ambas, new Date(now.getTime() + 1))).toEqual({ vencidos: 3, enRiesgo: 1 });
  });
});
