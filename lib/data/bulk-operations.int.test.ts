import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import type { EstadoTicket } from '@/lib/domain/estados';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { testDb } from '@/scripts/test/db';
import { ticketBody } from '@/scripts/test/requests';
import { ticketInputSchema } from '@/lib/validation/ticket';
import { createTicket } from './create-ticket';
import { parseBulkOperationRequest } from '@/lib/validation/operation-request';
import { applyBulkOperation as applyParsed } from './bulk-operations';

let mesa: Actor;
let area: Actor;

async function staffActor(email: string): Promise<Actor> {
  const u = await testDb().user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, role: true, areas: { select: { area: { select: { name: true } } } } } });
  return { userId: u.id, tokenId: null, name: u.name, role: u.role, areas: u.areas.map((a) => a.area.name) };
}

/** A new ticket through the creation path, optionally moved straight to a state. */
async function newTicket(estado: EstadoTicket = 'NUEVO', areaAsignada = 'MESA'): Promise<{ id: string; label: string }> {
  const body = await createTicket(ticketInputSchema.parse(ticketBody({ areaAsignada })), { canal: 'API' });
  if (estado !== 'NUEVO') await testDb().ticket.update({ where: { id: body.ticketUuid }, data: { estado } });
  return { id: body.ticketUuid, label: body.ticketLabel };
}

async function historyOf(id: string) {
  return testDb().ticketHistory.findMany({ where: { ticketId: id }, orderBy: { fecha: 'asc' }, select: { operacion: true, estadoAnterior: true, estadoNuevo: true, actorId: true } });
}

/** The bulk operation as its action calls it: the raw request parsed first. */
async function applyBulkOperation(actor: Actor, ticketIds: unknown, op: unknown, body: unknown) {
  return applyParsed(actor, await parseBulkOperationRequest(actor.role, { ticketIds, op, body }));
}

beforeAll(async () => {
  [mesa, area] = await Promise.all([staffActor('mesa@mesa.test'), staffActor('area@mesa.test')]);
});

describe('applyBulkOperation', () => {
  it('assigns 20 tickets to an area and a user, writing one history entry each', async () => {
    const tickets = [];
    for (let i = 0; i < 20; i++) tickets.push(await newTicket());

    const results = await applyBulkOperation(mesa, tickets.map((t) => t.id), 'asignar', { area: 'Sistemas', asignadoA: area.userId });

    expect(results).toHaveLength(20);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => r.ticketLabel)).toEqual(tickets.map((t) => t.label));
    const rows = await testDb().ticket.findMany({ where: { id: { in: tickets.map((t) => t.id) } }, select: { estado: true, areaAsignada: true, asignadoAId: true, version: true } });
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(row).toEqual({ estado: 'ASIGNADO', areaAsignada: 'Sistemas', asignadoAId: area.userId, version: 2 });
    for (const t of tickets) {
      const history = await historyOf(t.id);
      expect(history).toHaveLength(2);
      expect(history[1]).toEqual({ operacion: 'asignar', estadoAnterior: 'NUEVO', estadoNuevo: 'ASIGNADO', actorId: mesa.userId });
    }
  });

  it('reports the tickets whose state refuses the operation and applies the rest', async () => {
    const nuevo = await newTicket('NUEVO');
    const pausado = await newTicket('PAUSADO');
    const asignado = await newTicket('ASIGNADO');
    const archivado = await newTicket('ARCHIVADO');
    const missing = '00000000-0000-4000-8000-000000000000';

    const results = await applyBulkOperation(mesa, [nuevo.id, pausado.id, asignado.id, archivado.id, missing], 'transferir', { area: 'Sistemas', motivo: 'Lo atiende el área técnica.' });

    expect(results.map((r) => [r.ticketLabel, r.ok, r.code])).toEqual([
      [nuevo.label, true, undefined],
      [pausado.label, false, 'INVALID_TRANSITION'],
      [asignado.label, true, undefined],
      [archivado.label, false, 'INVALID_TRANSITION'],
      [undefined, false, 'NOT_FOUND'],
    ]);
    expect(results[1]!.message).toBe('No se puede transferir un ticket en estado PAUSADO.');
    expect((await testDb().ticket.findUniqueOrThrow({ where: { id: nuevo.id } })).estado).toBe('TRANSFERIDO');
    expect((await testDb().ticket.findUniqueOrThrow({ where: { id: asignado.id } })).areaAsignada).toBe('Sistemas');
    // The refused tickets are untouched: no new history, same version.
    for (const t of [pausado, archivado]) {
      expect(await historyOf(t.id)).toHaveLength(1);
      expect((await testDb().ticket.findUniqueOrThrow({ where: { id: t.id } })).version).toBe(1);
    }
  });

  it('refuses an AREA actor and changes nothing', async () => {
    const t = await newTicket('NUEVO', 'Sistemas');
    await expect(applyBulkOperation(area, [t.id], 'asignar', { area: 'Sistemas' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(applyBulkOperation(area, [t.id], 'transferir', { area: 'MESA' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await historyOf(t.id)).toHaveLength(1);
  });

  it('refuses other operations, empty or oversized selections and bad bodies, naming the field', async () => {
    const t = await newTicket();
    const refusal = (ids: unknown, op: unknown, body: unknown) => applyBulkOperation(mesa, ids, op, body).then(() => null, (err: unknown) => err);

    const cancel = await refusal([t.id], 'cancelar', { motivo: 'x' });
    expect(cancel).toBeInstanceOf(ValidationError);
    expect((cancel as ValidationError).fields).toHaveProperty('op');
    expect(((await refusal([], 'asignar', { area: 'Sistemas' })) as ValidationError).fields).toHaveProperty('ticketIds');
    const tooMany = Array.from({ length: 101 }, () => crypto.randomUUID());
    expect(((await refusal(tooMany, 'asignar', { area: 'Sistemas' })) as ValidationError).fields.ticketIds).toEqual(['Seleccione como máximo 100 tickets a la vez.']);
    expect(((await refusal(['no-es-uuid'], 'asignar', { area: 'Sistemas' })) as ValidationError).fields).toHaveProperty('ticketIds.0');
    expect(((await refusal([t.id], 'transferir', {})) as ValidationError).fields.area?.[0]).toMatch(/^El área es obligatori/);
    expect(((await refusal([t.id], 'asignar', {})) as ValidationError).fields).toHaveProperty('asignadoA');
    expect(await historyOf(t.id)).toHaveLength(1);
  });

  it('names an unknown area per ticket without applying anything', async () => {
    const t = await newTicket();
    const [result] = await applyBulkOperation(mesa, [t.id], 'asignar', { area: 'No existe' });
    expect(result).toMatchObject({ ticketUuid: t.id, ticketLabel: t.label, ok: false, code: 'VALIDATION_ERROR' });
    expect(await historyOf(t.id)).toHaveLength(1);
  });
});
