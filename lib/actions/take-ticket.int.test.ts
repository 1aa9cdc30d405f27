import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { areaActor, mesaActor } from '@/lib/data/admin/test-support';
import { newArea, newTicket } from '@/lib/data/queue-test-fixtures';
import { testDb } from '@/scripts/test/db';

// The session is what a staff action reads first, and the page cache is Next's; everything else is the real code.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/data/actor', () => ({ getSessionActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const { takeTicketAction } = await import('@/lib/actions/take-ticket');

let area: string;

beforeAll(async () => {
  area = await newArea('Tomar');
});

beforeEach(() => {
  session.actor = null;
});

describe('takeTicketAction ("Tomar")', () => {
  it('assigns the ticket to the signed-in user, with the asignar history entry', async () => {
    const t = await newTicket(area);
    session.actor = await mesaActor();
    const result = await takeTicketAction(t.id, 1);
    expect(result).toMatchObject({ ok: true, message: `Tomó el ticket ${t.label}: ahora está asignado a usted.` });
    const stored = await testDb().ticket.findUniqueOrThrow({ where: { id: t.id }, select: { estado: true, asignadoAId: true, areaAsignada: true, version: true } });
    expect(stored).toEqual({ estado: 'ASIGNADO', asignadoAId: session.actor.userId, areaAsignada: area, version: 2 });
    const history = await testDb().ticketHistory.findFirstOrThrow({ where: { ticketId: t.id, operacion: 'asignar' }, select: { actorId: true, estadoAnterior: true } });
    expect(history).toEqual({ actorId: session.actor.userId, estadoAnterior: 'NUEVO' });
  });

  it('refuses a stale version and a state that does not allow asignar, changing nothing', async () => {
    const t = await newTicket(area);
    session.actor = await mesaActor();
    expect(await takeTicketAction(t.id, 7)).toMatchObject({ ok: false, code: 'VERSION_CONFLICT' });
    expect(await takeTicketAction(t.id)).toMatchObject({ ok: true });
    expect(await takeTicketAction(t.id)).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(await testDb().ticketHistory.count({ where: { ticketId: t.id, operacion: 'asignar' } })).toBe(1);
  });

  it('asks to sign in without a session, and refuses AREA staff, who may not asignar', async () => {
    const t = await newTicket(area);
    expect(await takeTicketAction(t.id)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    session.actor = await areaActor();
    expect(await takeTicketAction(t.id)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await testDb().ticket.findUniqueOrThrow({ where: { id: t.id }, select: { asignadoAId: true } })).asignadoAId).toBeNull();
  });
});
