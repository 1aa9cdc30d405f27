import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { EMPTY_FILTERS, type QueueFilters } from '@/lib/domain/queue';
import { testDb } from '@/scripts/test/db';
import { countByEstado } from './queue-counts';
import { actorOf, newArea, newTicket, staffActor } from './queue-test-fixtures';

let mesa: Actor;
let area: string;

const filters = (f: Partial<QueueFilters>): QueueFilters => ({ ...EMPTY_FILTERS, area: [area], ...f });

beforeAll(async () => {
  mesa = await staffActor('mesa@mesa.test');
  area = await newArea('Conteo');
  const plan = { NUEVO: 7, PAUSADO: 3, ARCHIVADO: 2 } as const;
  for (const [estado, n] of Object.entries(plan)) {
    for (let i = 0; i < n; i++) {
      const t = await newTicket(area, { tipo: i === 0 ? 'QUEJA' : 'INCIDENTE' });
      if (estado !== 'NUEVO') {
        await testDb().ticket.update({ where: { id: t.id }, data: { estado: estado as 'PAUSADO' | 'ARCHIVADO', fechaCierre: estado === 'ARCHIVADO' ? new Date() : null } });
      }
    }
  }
});

describe('countByEstado', () => {
  it('counts the tickets of each state under the filters, whatever estado filter is set', async () => {
    const counts = await countByEstado(mesa, filters({ estado: ['NUEVO'] }));
    expect(counts).toEqual({
      NUEVO: { count: 7, capped: false },
      ASIGNADO: { count: 0, capped: false },
      TRANSFERIDO: { count: 0, capped: false },
      RECLASIFICADO: { count: 0, capped: false },
      PAUSADO: { count: 3, capped: false },
      CANCELADO: { count: 0, capped: false },
      ARCHIVADO: { count: 2, capped: false },
    });
    const quejas = await countByEstado(mesa, filters({ tipo: ['QUEJA'] }));
    expect([quejas.NUEVO.count, quejas.PAUSADO.count, quejas.ARCHIVADO.count]).toEqual([1, 1, 1]);
  });

  it('stops counting at the bound and says so', async () => {
    const counts = await countByEstado(mesa, filters({}), { cap: 5 });
    expect(counts.NUEVO).toEqual({ count: 5, capped: true });
    expect(counts.PAUSADO).toEqual({ count: 3, capped: false });
    expect((await countByEstado(mesa, filters({}), { cap: 3 })).PAUSADO).toEqual({ count: 3, capped: false });
  });

  it('counts only the states an SLA status can occur in', async () => {
    const counts = await countByEstado(mesa, filters({ slaEstado: ['PAUSADO'] }));
    expect(counts.PAUSADO.count).toBe(3);
    expect(counts.NUEVO.count + counts.ARCHIVADO.count).toBe(0);
  });

  it('counts a text search with one index lookup, exactly below the bounds', async () => {
    const counts = await countByEstado(mesa, filters({ q: 'nómina' }));
    expect([counts.NUEVO, counts.PAUSADO, counts.ARCHIVADO]).toEqual([
      { count: 7, capped: false },
      { count: 3, capped: false },
      { count: 2, capped: false },
    ]);
    // 12 matches, more than the bound: every count is then a lower bound.
    const bounded = await countByEstado(mesa, filters({ q: 'nómina' }), { cap: 10 });
    expect(Object.values(bounded).every((c) => c.capped)).toBe(true);
    expect(bounded.NUEVO.count + bounded.PAUSADO.count + bounded.ARCHIVADO.count).toBe(11);
    expect((await countByEstado(mesa, filters({ q: 'nómina', slaEstado: ['PAUSADO'] }))).PAUSADO).toEqual({ count: 3, capped: false });
    expect((await countByEstado(mesa, filters({ q: 'no existe en ninguno' }))).NUEVO).toEqual({ count: 0, capped: false });
  });

  it('counts within the actor scope only', async () => {
    const outsider = await countByEstado(actorOf('AREA', ['Sistemas']), filters({}));
    expect(Object.values(outsider).every((c) => c.count === 0)).toBe(true);
    const member = await countByEstado(actorOf('AREA', [area]), { ...EMPTY_FILTERS });
    expect(member.NUEVO.count).toBe(7);
    expect((await countByEstado(actorOf('MESA'), filters({ asignadoA: 'yo' }))).NUEVO.count).toBe(0);
  });
});
