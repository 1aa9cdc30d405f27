import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import type { EstadoTicket } from '@/lib/domain/estados';
import type { TipoTicket } from '@/lib/domain/tipos';
import { testDb } from '@/scripts/test/db';
import { ticketBody } from '@/scripts/test/requests';
import { ticketInputSchema } from '@/lib/validation/ticket';
import { createTicket } from '../create-ticket';
import { firstResponseTimes } from './first-response';
import { countWorkload } from './workload';

// Tickets dated in 2017, in two areas and for two agents of this file's own: no other test file
// creates or closes tickets in 2017, and the open ones are counted within these areas only.
const TAG = Math.random().toString(36).slice(2, 8);
const UNO = `Personas Uno ${TAG}`;
const DOS = `Personas Dos ${TAG}`;
const TZ = 'America/Bogota';
const MARCH = { desde: '2017-03-01', hasta: '2017-03-31' };

const ambas: Actor = { userId: null, tokenId: null, name: 'Ambas', role: 'AREA', areas: [UNO, DOS] };
const uno: Actor = { userId: null, tokenId: null, name: 'Uno', role: 'AREA', areas: [UNO] };
const mesa: Actor = { userId: null, tokenId: null, name: 'Mesa', role: 'MESA', areas: ['MESA'] };

/** A wall-clock time in Bogotá (UTC−5 all year). */
const bog = (local: string) => new Date(`${local.replace(' ', 'T')}:00-05:00`);
const HOUR = 3_600_000;

let ana = '';
let beto = '';

interface Arrange {
  area: string;
  tipo: TipoTicket;
  estado: EstadoTicket;
  asignado?: string;
  creado: string;
  cierre?: string;
  /** Staff messages: [local time, public?]. */
  mensajes?: [string, boolean][];
}

/** A ticket created through the creation path, then moved to a state, an assignee and dates for the test. */
async function ticket(a: Arrange): Promise<void> {
  const { ticketUuid } = await createTicket(ticketInputSchema.parse(ticketBody({ areaAsignada: a.area, tipo: a.tipo })), { canal: 'API' });
  await testDb().$executeRaw`
    UPDATE tickets SET estado = ${a.estado}::"Estado", "asignadoAId" = ${a.asignado ?? null}::uuid,
      "fechaCreacion" = ${bog(a.creado)}, "fechaCierre" = ${a.cierre ? bog(a.cierre) : null}
    WHERE id = ${ticketUuid}::uuid`;
  // The requester's description is a public message too, but never a staff response.
  await testDb().ticketMessage.updateMany({ where: { ticketId: ticketUuid }, data: { fecha: bog(a.creado) } });
  for (const [fecha, publico] of a.mensajes ?? []) {
    await testDb().ticketMessage.create({ data: { ticketId: ticketUuid, autor: 'AGENTE', autorNombre: 'Agente', texto: 'Respuesta.', publico, fecha: bog(fecha) } });
  }
}

beforeAll(async () => {
  const db = testDb();
  await db.area.createMany({ data: [{ name: UNO }, { name: DOS }] });
  const user = (name: string) => db.user.create({ data: { email: `${name.toLowerCase()}.${TAG}@mesa.test`, name: `${name} ${TAG}`, passwordHash: 'x', role: 'AREA' } });
  ana = (await user('Ana')).id;
  beto = (await user('Beto')).id;

  // Peticiones answered after 2 h (an earlier internal note does not count), 4 h and 24 h: median 4 h.
  await ticket({ area: UNO, tipo: 'PETICION', estado: 'ASIGNADO', asignado: ana, creado: '2017-03-02 08:00', mensajes: [['2017-03-02 09:00', false], ['2017-03-02 10:00', true]] });
  await ticket({ area: UNO, tipo: 'PETICION', estado: 'ARCHIVADO', asignado: ana, creado: '2017-03-03 08:00', cierre: '2017-03-10 12:00', mensajes: [['2017-03-04 08:00', true], ['2017-03-03 12:00', true]] });
  await ticket({ area: UNO, tipo: 'PETICION', estado: 'NUEVO', creado: '2017-03-05 08:00', mensajes: [['2017-03-06 08:00', true]] });
  // Created in February, resolved at 23:30 on 31 March in Bogotá (April in UTC): resolved in March.
  await ticket({ area: DOS, tipo: 'QUEJA', estado: 'ARCHIVADO', asignado: beto, creado: '2017-02-20 08:00', cierre: '2017-03-31 23:30' });
  // Resolved at 00:30 on 1 April: not in March; answered after 1 h.
  await ticket({ area: DOS, tipo: 'QUEJA', estado: 'ARCHIVADO', asignado: beto, creado: '2017-03-10 08:00', cierre: '2017-04-01 00:30', mensajes: [['2017-03-10 09:00', true]] });
  await ticket({ area: DOS, tipo: 'QUEJA', estado: 'PAUSADO', asignado: beto, creado: '2017-03-12 08:00', mensajes: [['2017-03-12 11:00', true]] });
  // Cancelled is closed but not resolved; never answered.
  await ticket({ area: DOS, tipo: 'RECLAMO', estado: 'CANCELADO', asignado: beto, creado: '2017-03-15 08:00', cierre: '2017-03-16 08:00', mensajes: [['2017-03-15 09:00', false]] });
  // Beto holds a ticket of the other area: it counts for him and for that area.
  await ticket({ area: UNO, tipo: 'SUGERENCIA', estado: 'TRANSFERIDO', asignado: beto, creado: '2017-01-10 08:00' });
});

describe('the workload per agent and per area', () => {
  it('counts open tickets now and tickets resolved (ARCHIVADO) in the local days of the period', async () => {
    const w = await countWorkload(ambas, MARCH, TZ);
    expect(w.porAgente).toEqual([
      { agenteId: beto, nombre: `Beto ${TAG}`, abiertos: 2, resueltos: 1 },
      { agenteId: ana, nombre: `Ana ${TAG}`, abiertos: 1, resueltos: 1 },
      { agenteId: null, nombre: null, abiertos: 1, resueltos: 0 },
    ]);
    expect(w.porArea).toEqual([
      { nombre: UNO, abiertos: 3, resueltos: 1 },
      { nombre: DOS, abiertos: 1, resueltos: 1 },
    ]);
  });

  it('gives AREA staff their areas only, whoever the tickets are assigned to', async () => {
    const w = await countWorkload(uno, MARCH, TZ);
    expect(w.porAgente).toEqual([
      { agenteId: ana, nombre: `Ana ${TAG}`, abiertos: 1, resueltos: 1 },
      { agenteId: beto, nombre: `Beto ${TAG}`, abiertos: 1, resueltos: 0 },
      { agenteId: null, nombre: null, abiertos: 1, resueltos: 0 },
    ]);
    expect(w.porArea).toEqual([{ nombre: UNO, abiertos: 3, resueltos: 1 }]);
  });

  it('shows MESA every area, and nothing resolved in a period without closures', async () => {
    const w = await countWorkload(mesa, { desde: '2017-05-01', hasta: '2017-05-31' }, TZ);
    expect(w.porArea).toEqual(expect.arrayContaining([{ nombre: UNO, abiertos: 3, resueltos: 0 }, { nombre: DOS, abiertos: 1, resueltos: 0 }]));
    expect(w.porAgente).toEqual(expect.arrayContaining([{ agenteId: beto, nombre: `Beto ${TAG}`, abiertos: 2, resueltos: 0 }]));
  });
});

describe('the median time to the first public staff response per tipo', () => {
  it('takes the tickets created in the period and the first public AGENTE message of each', async () => {
    expect(await firstResponseTimes(ambas, MARCH, TZ)).toEqual([
      { tipo: 'PETICION', creados: 3, respondidos: 3, medianaMs: 4 * HOUR },
      // Two answers, after 1 h and 3 h: percentile_cont interpolates to 2 h.
      { tipo: 'QUEJA', creados: 2, respondidos: 2, medianaMs: 2 * HOUR },
      { tipo: 'RECLAMO', creados: 1, respondidos: 0, medianaMs: null },
    ]);
  });

  it('keeps to the AREA user\'s areas and to the period', async () => {
    expect(await firstResponseTimes(uno, MARCH, TZ)).toEqual([{ tipo: 'PETICION', creados: 3, respondidos: 3, medianaMs: 4 * HOUR }]);
    expect(await firstResponseTimes(ambas, { desde: '2017-03-03', hasta: '2017-03-10' }, TZ)).toEqual([
      { tipo: 'PETICION', creados: 2, respondidos: 2, medianaMs: 14 * HOUR },
      { tipo: 'QUEJA', creados: 1, respondidos: 1, medianaMs: HOUR },
    ]);
    expect(await firstResponseTimes(ambas, { desde: '2016-03-01', hasta: '2016-03-31' }, TZ)).toEqual([]);
  });
});
