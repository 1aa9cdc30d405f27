import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { describeConcurrently } from '@/scripts/test/concurrency';
import { testDb } from '@/scripts/test/db';
import { ticketBody } from '@/scripts/test/requests';
import { parseInput } from '@/lib/validation/parse';
import { staffTicketInputSchema } from '@/lib/validation/staff-ticket';
import { assertMayCreateStaffTickets, createStaffTicket as createParsed } from './create-staff-ticket';

/** Staff creation as its action calls it: the role first, then the raw input parsed. */
async function createStaffTicket(actor: Actor, input: unknown, idempotencyKey?: string) {
  assertMayCreateStaffTickets(actor);
  return createParsed(actor, parseInput(staffTicketInputSchema, input), idempotencyKey);
}

async function seededActor(email: string): Promise<Actor> {
  const user = await testDb().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, role: true, areas: { select: { area: { select: { name: true } } } } },
  });
  return { userId: user.id, tokenId: null, name: user.name, role: user.role, areas: user.areas.map((a) => a.area.name) };
}

const ticketsOf = (email: string) => testDb().ticket.count({ where: { email } });

describe('createStaffTicket', () => {
  it('opens a ticket by phone for MESA: the canal is stored, the first history entry names the agent and the description is the requester’s message', async () => {
    const mesa = await seededActor('mesa@mesa.test');
    const body = ticketBody({ canal: 'TELEFONO', areaAsignada: 'facturación', prioridad: 'alta' });
    const created = await createStaffTicket(mesa, body);

    expect(created).toMatchObject({ estado: 'NUEVO', slaHoras: 8 });
    expect(created.ticketLabel).toMatch(/^TK-\d{4}-\d{5,}$/);
    const ticket = await testDb().ticket.findUniqueOrThrow({
      where: { id: created.ticketUuid },
      select: {
        canal: true, areaAsignada: true, prioridad: true, nombre: true, descripcion: true,
        history: { orderBy: { fecha: 'asc' }, select: { operacion: true, actorId: true, actorNombre: true, estadoNuevo: true } },
        messages: { select: { autor: true, autorNombre: true, actorId: true, texto: true, publico: true } },
      },
    });
    expect(ticket).toMatchObject({ canal: 'TELEFONO', areaAsignada: 'Facturación', prioridad: 'ALTA', nombre: body.nombre });
    expect(ticket.history).toEqual([{ operacion: 'crear', actorId: mesa.userId, actorNombre: 'Agente de mesa', estadoNuevo: 'NUEVO' }]);
    expect(ticket.messages).toEqual([{ autor: 'SOLICITANTE', autorNombre: body.nombre, actorId: null, texto: ticket.descripcion, publico: true }]);
  });

  it('lets ADMIN open a walk-in ticket', async () => {
    const admin = await seededActor('admin@mesa.test');
    const created = await createStaffTicket(admin, ticketBody({ canal: 'PRESENCIAL' }));
    const ticket = await testDb().ticket.findUniqueOrThrow({ where: { id: created.ticketUuid }, select: { canal: true, areaAsignada: true } });
    expect(ticket).toEqual({ canal: 'PRESENCIAL', areaAsignada: 'MESA' });
  });

  it('refuses AREA staff before looking at the body, and creates nothing', async () => {
    const area = await seededActor('area@mesa.test');
    const body = ticketBody({ canal: 'TELEFONO' });
    await expect(createStaffTicket(area, body)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createStaffTicket(area, { canal: 'FAX' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await ticketsOf(body.email as string)).toBe(0);
  });

  it('refuses an API token: staff creation names a person in the history', async () => {
    const token: Actor = { userId: null, tokenId: 'token', name: 'Integración: ERP', role: 'MESA', areas: [] };
    await expect(createStaffTicket(token, ticketBody({ canal: 'TELEFONO' }))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('requires canal TELEFONO or PRESENCIAL and applies the public limits, naming the fields', async () => {
    const mesa = await seededActor('mesa@mesa.test');
    for (const canal of [undefined, 'WEB', 'API', 'EMAIL']) {
      const body = ticketBody({ canal });
      const error = await createStaffTicket(mesa, body).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fields)).toEqual(['canal']);
      expect(await ticketsOf(body.email as string)).toBe(0);
    }
    const error = await createStaffTicket(mesa, ticketBody({ canal: 'TELEFONO', nombre: 'Al', descripcion: 'corta' })).catch((e: unknown) => e);
    expect((error as ValidationError).fields).toMatchObject({ nombre: [expect.stringContaining('al menos 3')], descripcion: [expect.stringContaining('al menos 10')] });
  });
});

describeConcurrently('createStaffTicket submitted twice at once', () => {
  it('opens one ticket for a repeated submission with the same key', async () => {
    const mesa = await seededActor('mesa@mesa.test');
    const body = ticketBody({ canal: 'TELEFONO' });
    const key = crypto.randomUUID();
    const [first, second] = await Promise.all([createStaffTicket(mesa, body, key), createStaffTicket(mesa, body, key)]);
    expect(second.ticketLabel).toBe(first.ticketLabel);
    expect(await ticketsOf(body.email as string)).toBe(1);
  });
});
