import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { DEFAULT_QUEUE_QUERY, type QueueQuery } from '@/lib/domain/queue';
import { SLA_ESTADOS, type SlaEstado } from '@/lib/domain/sla';
import { slaSchedule } from '@/lib/domain/sla-schedule';
import { testDb } from '@/scripts/test/db';
import { loadCalendar } from './settings';
import { actorOf, newArea, newTicket, staffActor, type FixtureTicket } from './queue-test-fixtures';
import { listQueue } from './ticket-queue';

let mesa: Actor;
let areaUser: Actor;

async function labels(actor: Actor, q: Partial<QueueQuery>): Promise<string[]> {
  const page = await listQueue(actor, { ...DEFAULT_QUEUE_QUERY, tamano: 100, ...q });
  expect(page.nextCursor).toBeNull();
  return page.rows.map((r) => r.ticketLabel).sort();
}
const sorted = (...tickets: FixtureTicket[]) => tickets.map((t) => t.label).sort();

beforeAll(async () => {
  [mesa, areaUser] = await Promise.all([staffActor('mesa@mesa.test'), staffActor('area@mesa.test')]);
});

describe('listQueue: filters', () => {
  let area: string;
  let queja: FixtureTicket, peticion: FixtureTicket, ajeno: FixtureTicket, pausado: FixtureTicket;

  beforeAll(async () => {
    area = await newArea();
    queja = await newTicket(area, { tipo: 'QUEJA', prioridad: 'ALTA', nombre: 'José Peña', asunto: 'Impresora del piso 3 dañada', email: 'Jose.Pena@Ejemplo.co' });
    peticion = await newTicket(area, { tipo: 'PETICION', prioridad: 'BAJA', descripcion: 'Solicito un certificado laboral al 100% de salario.' });
    ajeno = await newTicket(area, { tipo: 'INCIDENTE', prioridad: 'CRITICA' });
    pausado = await newTicket(area, { tipo: 'INCIDENTE', prioridad: 'MEDIA' });
    const at = (local: string) => new Date(`${local}-05:00`);
    // 23:30 on 10 March in Bogotá is already 11 March in UTC: the date filters are local dates.
    await testDb().ticket.update({ where: { id: queja.id }, data: { fechaCreacion: at('2026-03-10T23:30') } });
    await testDb().ticket.update({ where: { id: peticion.id }, data: { fechaCreacion: at('2026-03-11T00:10'), estado: 'ASIGNADO', asignadoAId: mesa.userId } });
    await testDb().ticket.update({ where: { id: ajeno.id }, data: { fechaCreacion: at('2026-03-12T12:00'), estado: 'ASIGNADO', asignadoAId: areaUser.userId } });
    await testDb().ticket.update({ where: { id: pausado.id }, data: { fechaCreacion: at('2026-03-13T08:00'), estado: 'PAUSADO' } });
  });

  const mine = (q: Partial<QueueQuery>) => labels(mesa, { area: [area], ...q });

  it('filters by estado, tipo and prioridad (any of the values given)', async () => {
    expect(await mine({ estado: ['ASIGNADO'] })).toEqual(sorted(peticion, ajeno));
    expect(await mine({ estado: ['NUEVO', 'PAUSADO'] })).toEqual(sorted(queja, pausado));
    expect(await mine({ tipo: ['QUEJA', 'PETICION'] })).toEqual(sorted(queja, peticion));
    expect(await mine({ prioridad: ['CRITICA'] })).toEqual(sorted(ajeno));
    expect(await mine({ estado: ['ASIGNADO'], prioridad: ['BAJA', 'MEDIA'] })).toEqual(sorted(peticion));
    expect(await mine({ estado: ['ARCHIVADO'] })).toEqual([]);
  });

  it('filters by assignee: me, nobody, or a user', async () => {
    expect(await mine({ asignadoA: 'yo' })).toEqual(sorted(peticion));
    expect(await mine({ asignadoA: 'ninguno' })).toEqual(sorted(queja, pausado));
    expect(await mine({ asignadoA: areaUser.userId! })).toEqual(sorted(ajeno));
    // An API token has no user: "mine" is nobody's tickets, never everybody's.
    expect(await labels(actorOf('MESA'), { area: [area], asignadoA: 'yo' })).toEqual([]);
  });

  it('filters by creation date, inclusive local dates in the calendar time zone', async () => {
    expect(await mine({ desde: '2026-03-11' })).toEqual(sorted(peticion, ajeno, pausado));
    expect(await mine({ hasta: '2026-03-11' })).toEqual(sorted(queja, peticion));
    expect(await mine({ desde: '2026-03-11', hasta: '2026-03-12' })).toEqual(sorted(peticion, ajeno));
    expect(await mine({ desde: '2026-03-14' })).toEqual([]);
  });

  it('searches label, nombre, email, asunto and descripcion, ignoring case and accents', async () => {
    expect(await mine({ q: 'pena' })).toEqual(sorted(queja));
    expect(await mine({ q: 'PEÑA' })).toEqual(sorted(queja));
    expect(await mine({ q: 'jose.pena@ejemplo' })).toEqual(sorted(queja));
    expect(await mine({ q: 'impresora DANADA piso' })).toEqual(sorted(queja));
    expect(await mine({ q: 'certificado' })).toEqual(sorted(peticion));
    expect(await mine({ q: ajeno.label.toLowerCase() })).toEqual(sorted(ajeno));
    expect(await mine({ q: '100%' })).toEqual(sorted(peticion));
    expect(await mine({ q: '10%0' })).toEqual([]);
    expect(await mine({ q: 'impresora certificado' })).toEqual([]);
  });

  it('combines filters with the AREA scope, which they never widen', async () => {
    const other = actorOf('AREA', ['Sistemas']);
    expect(await labels(other, { area: [area] })).toEqual([]);
    expect(await labels(other, { area: [area], q: 'pena' })).toEqual([]);
    const inArea = actorOf('AREA', [area]);
    expect(await labels(inArea, { tipo: ['QUEJA'] })).toEqual(sorted(queja));
  });
});

describe('listQueue: the SLA filter agrees with slaEstadoOf', () => {
  let area: string;
  let all: string[];

  beforeAll(async () => {
    area = await newArea('SLA');
    const now = Date.now();
    const hour = 3_600_000;
    const calendar = await loadCalendar();
    type Shape = { reloj: 'HORAS_HABILES' | 'HORAS_CALENDARIO'; fechaCreacion: Date; fechaLimiteSla: Date; fechaRiesgoSla?: Date; estado?: 'PAUSADO' | 'ARCHIVADO' | 'CANCELADO'; fechaCierre?: Date };
    const shapes: Shape[] = [
      { reloj: 'HORAS_CALENDARIO', fechaCreacion: new Date(now - 3 * hour), fechaLimiteSla: new Date(now + 0.5 * hour) },
      { reloj: 'HORAS_CALENDARIO', fechaCreacion: new Date(now - hour), fechaLimiteSla: new Date(now + 5 * hour) },
      { reloj: 'HORAS_CALENDARIO', fechaCreacion: new Date(now - 5 * hour), fechaLimiteSla: new Date(now - hour) },
      { reloj: 'HORAS_HABILES', fechaCreacion: new Date(now - 30 * 86_400_000), fechaLimiteSla: new Date(now - 20 * 86_400_000), estado: 'PAUSADO' },
      { reloj: 'HORAS_HABILES', fechaCreacion: new Date(now - 30 * 86_400_000), fechaLimiteSla: new Date(now - 20 * 86_400_000), estado: 'ARCHIVADO', fechaCierre: new Date(now - 25 * 86_400_000) },
      { reloj: 'HORAS_HABILES', fechaCreacion: new Date(now - 30 * 86_400_000), fechaLimiteSla: new Date(now - 20 * 86_400_000), estado: 'ARCHIVADO', fechaCierre: new Date(now - 10 * 86_400_000) },
      { reloj: 'HORAS_HABILES', fechaCreacion: new Date(now - 30 * 86_400_000), fechaLimiteSla: new Date(now - 20 * 86_400_000), estado: 'CANCELADO', fechaCierre: new Date(now - 5 * 86_400_000) },
    ];
    // Business-hours tickets created every few hours over the last two weeks, with 8, 24 and 72 hour terms.
    for (let i = 0; i < 30; i++) {
      const fechaCreacion = new Date(now - i * 11 * hour - i * 60_000);
      const term = { duracion: [8, 24, 72][i % 3]!, reloj: 'HORAS_HABILES' as const };
      shapes.push({ reloj: 'HORAS_HABILES', fechaCreacion, ...slaSchedule({ fechaCreacion, term, history: [], pauseStopsSla: true }, new Date(now), calendar) });
    }
    for (const shape of shapes) {
      const t = await newTicket(area);
      await testDb().ticket.update({
        where: { id: t.id },
        data: {
          estado: shape.estado ?? 'ASIGNADO',
          slaReloj: shape.reloj,
          fechaCreacion: shape.fechaCreacion,
          fechaLimiteSla: shape.fechaLimiteSla,
          // The wall clock's 75 % point where the shape gives only the deadline.
          fechaRiesgoSla: shape.fechaRiesgoSla ?? new Date(shape.fechaCreacion.getTime() + 0.75 * (shape.fechaLimiteSla.getTime() - shape.fechaCreacion.getTime())),
          fechaCierre: shape.fechaCierre ?? null,
        },
      });
    }
    all = await labels(mesa, { area: [area] });
    expect(all).toHaveLength(shapes.length);
  });

  it('returns, for each SLA status, exactly the tickets the domain gives that status', async () => {
    const seen: string[] = [];
    const byStatus: Partial<Record<SlaEstado, number>> = {};
    for (const slaEstado of SLA_ESTADOS) {
      const page = await listQueue(mesa, { ...DEFAULT_QUEUE_QUERY, area: [area], slaEstado: [slaEstado], tamano: 100 });
      for (const row of page.rows) expect(row.slaEstado, row.ticketLabel).toBe(slaEstado);
      byStatus[slaEstado] = page.rows.length;
      seen.push(...page.rows.map((r) => r.ticketLabel));
    }
    expect(seen.sort()).toEqual(all);
    for (const slaEstado of SLA_ESTADOS) expect(byStatus[slaEstado], slaEstado).toBeGreaterThan(0);
  });

  it('returns the union for several statuses', async () => {
    for (let i = 0; i < SLA_ESTADOS.length; i++) {
      for (let j = i + 1; j < SLA_ESTADOS.length; j++) {
        const pair = [SLA_ESTADOS[i]!, SLA_ESTADOS[j]!];
        const page = await listQueue(mesa, { ...DEFAULT_QUEUE_QUERY, area: [area], slaEstado: pair, tamano: 100 });
        expect(page.rows.every((r) => pair.includes(r.slaEstado)), pair.join('+')).toBe(true);
        const singles = await Promise.all(pair.map((s) => listQueue(mesa, { ...DEFAULT_QUEUE_QUERY, area: [area], slaEstado: [s], tamano: 100 })));
        expect(page.rows.length, pair.join('+')).toBe(singles[0]!.rows.length + singles[1]!.rows.length);
      }
    }
  });

  it('gives each row its business time left, negative when overdue, none when paused or closed', async () => {
    const page = await listQueue(mesa, { ...DEFAULT_QUEUE_QUERY, area: [area], tamano: 100 });
    for (const row of page.rows) {
      if (['PAUSADO', 'CUMPLIDO', 'INCUMPLIDO'].includes(row.slaEstado)) expect(row.slaRestanteMs).toBeNull();
      else if (row.slaEstado === 'VENCIDO') expect(row.slaRestanteMs).toBeLessThanOrEqual(0);
      else expect(row.slaRestanteMs).toBeGreaterThanOrEqual(0);
    }
  });
});
