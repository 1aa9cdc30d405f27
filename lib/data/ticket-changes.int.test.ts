import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { EMPTY_FILTERS, type QueueFilters } from '@/lib/domain/queue';
import { NotFoundError } from '@/lib/errors';
import { testDb } from '@/scripts/test/db';
import { applyOperation } from './apply-operation';
import { countTicketChanges, getTicketVersion } from './ticket-changes';
import { actorOf, newArea, newTicket, staffActor, type FixtureTicket } from './queue-test-fixtures';

let mesa: Actor;
let area: string;
let otherArea: string;
let before: FixtureTicket;
let since: Date;

const filters = (f: Partial<QueueFilters> = {}): QueueFilters => ({ ...EMPTY_FILTERS, area: [area, otherArea], ...f });

beforeAll(async () => {
  mesa = await staffActor('mesa@mesa.test');
  area = await newArea('Cambios');
  otherArea = await newArea('Cambios ajena');
  before = await newTicket(area, { tipo: 'QUEJA' });
  await newTicket(area);
  // The tickets above are older than `since`; only what follows counts.
  since = new Date(Date.now() + 5);
  await new Promise((resolve) => setTimeout(resolve, 20));
});

describe('countTicketChanges', () => {
  it('counts nothing when nothing happened since, and gives the clock', async () => {
    const changes = await countTicketChanges(mesa, filters(), since);
    expect(changes).toMatchObject({ nuevos: 0, actualizados: 0, capped: false, ultimoCambio: null, tickets: [] });
    expect(Date.parse(changes.ahora)).toBeGreaterThan(since.getTime());
  });

  it('counts tickets created and tickets changed since the instant, with their versions', async () => {
    const created = await newTicket(area);
    const elsewhere = await newTicket(otherArea);
    await applyOperation(mesa, before.id, 'actualizar', { nota: 'Se revisó el equipo.', publica: false });

    const changes = await countTicketChanges(mesa, filters(), since);
    expect(changes).toMatchObject({ nuevos: 2, actualizados: 1, capped: false });
    expect(changes.tickets).toEqual(
      expect.arrayContaining([
        { ticketUuid: created.id, version: 1, nuevo: true },
        { ticketUuid: elsewhere.id, version: 1, nuevo: true },
        { ticketUuid: before.id, version: 2, nuevo: false },
      ]),
    );
    const latest = await testDb().ticket.findMany({ where: { id: { in: [created.id, elsewhere.id, before.id] } }, select: { fechaActualizacion: true } });
    expect(changes.ultimoCambio).toBe(new Date(Math.max(...latest.map((t) => t.fechaActualizacion.getTime()))).toISOString());
  });

  it('applies the board filters: only what the board would show now counts', async () => {
    expect(await countTicketChanges(mesa, filters({ tipo: ['QUEJA'] }), since)).toMatchObject({ nuevos: 0, actualizados: 1 });
    expect(await countTicketChanges(mesa, filters({ area: [otherArea] }), since)).toMatchObject({ nuevos: 1, actualizados: 0 });
    expect(await countTicketChanges(mesa, filters({ estado: ['ARCHIVADO'] }), since)).toMatchObject({ nuevos: 0, actualizados: 0 });
  });

  it('counts for AREA staff only the tickets of their areas', async () => {
    const member = await countTicketChanges(actorOf('AREA', [otherArea]), { ...EMPTY_FILTERS }, since);
    expect(member).toMatchObject({ nuevos: 1, actualizados: 0 });
    // Asking for another area does not widen the scope.
    expect(await countTicketChanges(actorOf('AREA', [otherArea]), filters({ area: [area] }), since)).toMatchObject({ nuevos: 0, actualizados: 0 });
    expect(await countTicketChanges(actorOf('AREA', ['Sistemas']), filters(), since)).toMatchObject({ nuevos: 0, actualizados: 0, tickets: [] });
  });

  it('stops at the bound and says so', async () => {
    const capped = await countTicketChanges(mesa, filters(), since, { cap: 2 });
    expect(capped.capped).toBe(true);
    expect(capped.nuevos + capped.actualizados).toBe(2);
    expect(capped.tickets).toHaveLength(2);
  });

  it('without an instant only tells the time', async () => {
    expect(await countTicketChanges(mesa, filters(), null)).toMatchObject({ nuevos: 0, actualizados: 0, tickets: [] });
  });
});

describe('getTicketVersion', () => {
  it('gives the version within the scope, and 404 outside it', async () => {
    const row = await testDb().ticket.findUniqueOrThrow({ where: { id: before.id }, select: { version: true, fechaActualizacion: true } });
    expect(await getTicketVersion(mesa, before.id)).toEqual({ version: row.version, fechaActualizacion: row.fechaActualizacion.toISOString() });
    expect(await getTicketVersion(actorOf('AREA', [area]), before.id)).toMatchObject({ version: row.version });
    await expect(getTicketVersion(actorOf('AREA', [otherArea]), before.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
