import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { DEFAULT_QUEUE_QUERY, QUEUE_PRESETS, presetQuery, type QueueQuery } from '@/lib/domain/queue';
import { testDb } from '@/scripts/test/db';
import { countByEstado } from './queue-counts';
import { actorOf, newArea, newTicket, staffActor, type FixtureTicket } from './queue-test-fixtures';
import { listQueue } from './ticket-queue';

let mesa: Actor;
let area: string;
let vip: FixtureTicket, red: FixtureTicket, ambas: FixtureTicket, ninguna: FixtureTicket, ajeno: FixtureTicket;

async function labels(actor: Actor, q: Partial<QueueQuery>): Promise<string[]> {
  const page = await listQueue(actor, { ...DEFAULT_QUEUE_QUERY, tamano: 100, area: [area], ...q });
  return page.rows.map((r) => r.ticketLabel).sort();
}
const sorted = (...tickets: FixtureTicket[]) => tickets.map((t) => t.label).sort();

beforeAll(async () => {
  mesa = await staffActor('mesa@mesa.test');
  area = await newArea('Etiquetas');
  [vip, red, ambas, ninguna] = await Promise.all([newTicket(area), newTicket(area), newTicket(area), newTicket(area)]);
  ajeno = await newTicket(await newArea('Ajena'));
  const set = (t: FixtureTicket, data: { etiquetas?: string[]; respuestaSolicitante?: boolean }) => testDb().ticket.update({ where: { id: t.id }, data });
  await Promise.all([
    set(vip, { etiquetas: ['vip'], respuestaSolicitante: true }),
    set(red, { etiquetas: ['red'] }),
    set(ambas, { etiquetas: ['red', 'vip'], respuestaSolicitante: true }),
    set(ajeno, { etiquetas: ['vip'], respuestaSolicitante: true }),
  ]);
});

describe('listQueue: tags and the requester-reply mark', () => {
  it('filters by tag, a list meaning "any of them"', async () => {
    expect(await labels(mesa, { etiqueta: ['vip'] })).toEqual(sorted(vip, ambas));
    expect(await labels(mesa, { etiqueta: ['vip', 'red'] })).toEqual(sorted(vip, red, ambas));
    expect(await labels(mesa, { etiqueta: ['nadie-la-usa'] })).toEqual([]);
  });

  it('filters by the mark, combined with the others by AND', async () => {
    expect(await labels(mesa, { respuesta: 'solicitante' })).toEqual(sorted(vip, ambas));
    expect(await labels(mesa, { respuesta: 'solicitante', etiqueta: ['red'] })).toEqual(sorted(ambas));
  });

  it('returns the tags and the mark in each row', async () => {
    const page = await listQueue(mesa, { ...DEFAULT_QUEUE_QUERY, area: [area], etiqueta: ['red'] });
    const row = page.rows.find((r) => r.ticketLabel === ambas.label);
    expect(row).toMatchObject({ etiquetas: ['red', 'vip'], respuestaSolicitante: true });
    expect(page.rows.find((r) => r.ticketLabel === red.label)).toMatchObject({ etiquetas: ['red'], respuestaSolicitante: false });
  });

  it('keeps an AREA user to their areas under the preset', async () => {
    const preset = QUEUE_PRESETS.find((p) => p.id === 'respuesta-solicitante')!;
    const areaUser = actorOf('AREA', [area]);
    const page = await listQueue(areaUser, { ...presetQuery(preset), tamano: 100 });
    expect(page.rows.map((r) => r.ticketLabel).sort()).toEqual(sorted(vip, ambas));
    expect(page.rows.some((r) => r.ticketLabel === ajeno.label || r.ticketLabel === ninguna.label)).toBe(false);
  });

  it('counts under the same filters', async () => {
    const counts = await countByEstado(mesa, { ...DEFAULT_QUEUE_QUERY, area: [area], etiqueta: ['vip'] });
    expect(counts.NUEVO).toEqual({ count: 2, capped: false });
  });
});
