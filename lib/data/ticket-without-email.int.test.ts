import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { testDb } from '@/scripts/test/db';
import { ticketBody } from '@/scripts/test/requests';
import { parseInput } from '@/lib/validation/parse';
import { staffTicketInputSchema } from '@/lib/validation/staff-ticket';
import { createStaffTicket } from './create-staff-ticket';
import { findPublicTicket } from './lookup-ticket';
import { enqueueMails } from './outbox';
import { addRequesterReply } from './requester-reply';

async function mesaActor(): Promise<Actor> {
  const user = await testDb().user.findUniqueOrThrow({ where: { email: 'mesa@mesa.test' }, select: { id: true, name: true } });
  return { userId: user.id, tokenId: null, name: user.name, role: 'MESA', areas: ['MESA'] };
}

/** A caller with a phone and no email, opened by MESA as the panel's form sends it. */
async function ticketByPhone(overrides: Record<string, unknown> = {}) {
  const body = ticketBody({ canal: 'TELEFONO', email: '', telefono: '310 555 0199', ...overrides });
  return createStaffTicket(await mesaActor(), parseInput(staffTicketInputSchema, body));
}

describe('a ticket staff open without email', () => {
  it('is stored with no email, the phone kept, and its search text has no address', async () => {
    const created = await ticketByPhone();
    const ticket = await testDb().ticket.findUniqueOrThrow({ where: { id: created.ticketUuid }, select: { email: true, telefono: true, busqueda: true } });
    expect(ticket).toMatchObject({ email: null, telefono: '310 555 0199' });
    expect(ticket.busqueda).not.toContain('null');
  });

  it('is refused without email, phone and document, naming email', async () => {
    const error = await ticketByPhone({ email: '  ', telefono: undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ email: ['Indique un correo, un teléfono o un documento.'] });
  });

  it('gets no requester mail: the creation mails only staff, and any later requester mail is skipped', async () => {
    // Sistemas has staff other than the creator, who hear of the new ticket.
    const created = await ticketByPhone({ documento: '1020304050', telefono: undefined, areaAsignada: 'Sistemas' });
    const rows = await testDb().outboxMail.findMany({ where: { ticketId: created.ticketUuid }, select: { kind: true, userId: true } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.userId !== null)).toBe(true);
    expect(rows.map((r) => r.kind)).not.toContain('ticket_created');

    const written = await testDb().$transaction((tx) =>
      enqueueMails(tx, created.ticketUuid, { mails: [{ kind: 'ticket_created', to: { requester: true } }], actorId: null, now: new Date() }),
    );
    expect(written).toBe(0);
  });

  it('is never found by the public lookup, nor answered by a requester, whatever address is given', async () => {
    const created = await ticketByPhone();
    for (const email of ['', 'null', 'alguien@example.com']) {
      expect(await findPublicTicket(created.ticketLabel, email)).toBeNull();
      await expect(addRequesterReply({ ticketLabel: created.ticketLabel, email, texto: 'Hola, ¿cómo va mi solicitud?' })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await testDb().ticketMessage.count({ where: { ticketId: created.ticketUuid } })).toBe(1);
  });
});
