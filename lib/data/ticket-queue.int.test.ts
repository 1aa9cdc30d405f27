import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { DEFAULT_QUEUE_QUERY, QUEUE_SORTS, SORT_DIRECTIONS, type QueueQuery, type QueueSort, type SortDirection } from '@/lib/domain/queue';
import { ValidationError } from '@/lib/errors';
import { testDb } from '@/scripts/test/db';
import { encodeQueueCursor } from '@/lib/domain/queue-cursor';
import { actorOf, newArea, newTicket, staffActor } from './queue-test-fixtures';
import { listQueue, type QueueRow } from './ticket-queue';

const PRIORIDADES = ['BAJA', 'MEDIA', 'ALTA', 'CRITICA'];
const ESTADOS_MIX = ['NUEVO', 'ASIGNADO', 'TRANSFERIDO', 'PAUSADO', 'ARCHIVADO', 'CANCELADO'] as const;
const TICKETS = 57;

let mesa: Actor;
let area: string;
/** The tickets as the database holds them, to compute the expected orders. */
let tickets: { id: string; label: string; prioridadOrden: number; fechaCreacion: Date; fechaLimiteSla: Date; fechaActualizacion: Date }[];

const query = (q: Partial<QueueQuery>): QueueQuery => ({ ...DEFAULT_QUEUE_QUERY, area: [area], ...q });

/** Follows nextCursor to the end, then prevCursor back to the start; returns both walks' labels. */
async function walk(actor: Actor, q: QueueQuery): Promise<{ forward: string[]; backward: string[]; pages: number }> {
  const forward: string[] = [];
  const pages: QueueRow[][] = [];
  let page = await listQueue(actor, q);
  expect(page.prevCursor).toBeNull();
  for (;;) {
    pages.push(page.rows);
    forward.push(...page.rows.map((r) => r.ticketLabel));
    if (!page.nextCursor) break;
    expect(page.rows).toHaveLength(q.tamano);
    page = await listQueue(actor, { ...q, cursor: page.nextCursor });
    expect(pages.length).toBeLessThan(50);
  }
  const backward: string[] = [...page.rows.map((r) => r.ticketLabel)];
  while (page.prevCursor) {
    page = await listQueue(actor, { ...q, cursor: page.prevCursor });
    expect(page.rows).toHaveLength(q.tamano);
    expect(page.nextCursor).not.toBeNull();
    backward.unshift(...page.rows.map((r) => r.ticketLabel));
  }
  return { forward, backward, pages: pages.length };
}

/** The order the board must show: the sort's key and the id, all one way (docs/queue.md). */
function expectedOrder(orden: QueueSort, dir: SortDirection): string[] {
  const key = (t: (typeof tickets)[number]): (number | string)[] => {
    switch (orden) {
      case 'creado':
        return [t.fechaCreacion.getTime(), t.id];
      case 'limite':
        return [t.fechaLimiteSla.getTime(), t.id];
      case 'actualizado':
        return [t.fechaActualizacion.getTime(), t.id];
      case 'prioridad':
        return [t.prioridadOrden, t.fechaLimiteSla.getTime(), t.id];
    }
  };
  const cmp = (a: (number | string)[], b: (number | string)[]): number => {
    const i = a.findIndex((v, j) => v !== b[j]);
    return i < 0 ? 0 : a[i]! < b[i]! ? -1 : 1;
  };
  const ascending = [...tickets].sort((a, b) => cmp(key(a), key(b)));
  // prioridadOrden is the priority's order negated: its ascending order is the user's "desc" (most urgent first).
  const userAsc = orden === 'prioridad' ? ascending.reverse() : ascending;
  return (dir === 'asc' ? userAsc : [...userAsc].reverse()).map((t) => t.label);
}

beforeAll(async () => {
  mesa = await staffActor('mesa@mesa.test');
  area = await newArea();
  const created = [];
  for (let i = 0; i < TICKETS; i++) created.push(await newTicket(area, { prioridad: PRIORIDADES[i % 4], tipo: i % 3 === 0 ? 'QUEJA' : 'INCIDENTE' }));
  // Ties on every sort value: groups of three tickets share their instants (and their priority often).
  const base = Date.UTC(2026, 0, 5, 14);
  for (const [i, t] of created.entries()) {
    const group = Math.floor(i / 3);
    await testDb().ticket.update({
      where: { id: t.id },
      data: {
        estado: ESTADOS_MIX[i % ESTADOS_MIX.length],
        fechaCreacion: new Date(base + group * 3_600_000),
        fechaActualizacion: new Date(base + ((group * 7) % 19) * 60_000),
        fechaLimiteSla: new Date(base + ((group * 5) % 11) * 86_400_000),
        fechaCierre: ['ARCHIVADO', 'CANCELADO'].includes(ESTADOS_MIX[i % ESTADOS_MIX.length]!) ? new Date(base) : null,
      },
    });
  }
  const rows = await testDb().ticket.findMany({
    where: { areaAsignada: area },
    select: { id: true, label: true, prioridadOrden: true, fechaCreacion: true, fechaLimiteSla: true, fechaActualizacion: true },
  });
  tickets = rows;
});

describe('listQueue: sorting and keyset pages', () => {
  for (const orden of QUEUE_SORTS) {
    for (const dir of SORT_DIRECTIONS) {
      it(`walks every page by ${orden} ${dir}, forward and back, with no duplicates or gaps`, async () => {
        const { forward, backward, pages } = await walk(mesa, query({ orden, dir }));
        expect(pages).toBe(3);
        expect(forward).toEqual(expectedOrder(orden, dir));
        expect(backward).toEqual(forward);
      });
    }
  }

  it('puts the most urgent first for prioridad desc', async () => {
    const page = await listQueue(mesa, query({ orden: 'prioridad', dir: 'desc' }));
    expect(page.rows[0]!.prioridad).toBe('CRITICA');
    expect(page.rows.at(-1)!.prioridad).not.toBe('CRITICA');
  });
});

describe('listQueue: cursors', () => {
  it('refuses a garbage or tampered cursor as a validation error on the field cursor', async () => {
    for (const cursor of ['basura', 'eyJvIjoiY3JlYWRvIn0', encodeQueueCursor({ orden: 'limite', dir: 'desc', toward: 'after', values: [1], id: tickets[0]!.id })]) {
      const error = await listQueue(mesa, query({ cursor })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields.cursor).toHaveLength(1);
    }
  });

  it('gives an empty last page, with a way back to the rows before the cursor row, past the end', async () => {
    const [beforeLast, last] = expectedOrder('creado', 'desc').slice(-2);
    const t = tickets.find((x) => x.label === last)!;
    const cursor = encodeQueueCursor({ orden: 'creado', dir: 'desc', toward: 'after', values: [t.fechaCreacion.getTime()], id: t.id });
    const page = await listQueue(mesa, query({ cursor }));
    expect(page.rows).toEqual([]);
    expect(page.nextCursor).toBeNull();
    const back = await listQueue(mesa, query({ cursor: page.prevCursor }));
    expect(back.rows.at(-1)!.ticketLabel).toBe(beforeLast);
    expect(back.nextCursor).not.toBeNull();
  });
});

describe('listQueue: scope', () => {
  it('shows an AREA actor only the tickets of their areas, whatever the area filter says', async () => {
    const other = await newArea('Otra');
    const foreign = await newTicket(other);
    const areaActor = actorOf('AREA', [area]);
    const all = await walk(areaActor, { ...DEFAULT_QUEUE_QUERY, tamano: 100 });
    expect(all.forward).toHaveLength(TICKETS);
    expect(all.forward).not.toContain(foreign.label);
    expect((await listQueue(areaActor, { ...DEFAULT_QUEUE_QUERY, area: [other] })).rows).toEqual([]);
    expect((await listQueue(areaActor, { ...DEFAULT_QUEUE_QUERY, area: [other, area], tamano: 100 })).rows).toHaveLength(TICKETS);
    expect((await listQueue(actorOf('AREA', []), DEFAULT_QUEUE_QUERY)).rows).toEqual([]);
    expect((await listQueue(mesa, { ...DEFAULT_QUEUE_QUERY, area: [other] })).rows.map((r) => r.ticketLabel)).toEqual([foreign.label]);
  });
});
