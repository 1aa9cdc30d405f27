import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { testDb } from '@/scripts/test/db';
import { ticketBody } from '@/scripts/test/requests';
import { ticketInputSchema } from '@/lib/validation/ticket';
import { createTicket } from './create-ticket';
import { listTicketMails } from './ticket-mails';

const mesa: Actor = { userId: null, tokenId: 'test', name: 'Mesa de prueba', role: 'MESA', areas: ['MESA'] };
const sistemas: Actor = { userId: null, tokenId: 'test', name: 'Sistemas de prueba', role: 'AREA', areas: ['Sistemas'] };
const infraestructura: Actor = { ...sistemas, areas: ['Infraestructura'] };

async function ticketWithMails(area: string) {
  const ticket = await createTicket(ticketInputSchema.parse(ticketBody({ areaAsignada: area })), { canal: 'WEB' });
  const at = (minutes: number) => new Date(Date.parse('2026-12-07T15:00:00.000Z') + minutes * 60_000);
  const outbox = testDb().outboxMail;
  const confirmation = await outbox.create({
    data: { ticketId: ticket.ticketUuid, kind: 'ticket_created', toAddress: 'ana@example.com', toName: 'Ana María Pérez', status: 'SENT', attempts: 1, subject: `[${ticket.ticketLabel}] Recibimos su solicitud`, createdAt: at(0), sentAt: at(1) },
  });
  const retrying = await outbox.create({
    data: { ticketId: ticket.ticketUuid, kind: 'public_message', toAddress: 'ana@example.com', toName: 'Ana María Pérez', attempts: 2, lastError: 'Conexión rechazada', createdAt: at(5), nextAttemptAt: at(9) },
  });
  return { ticket, confirmation, retrying };
}

describe("a ticket's sent mails", () => {
  it('lists them newest first, with status, attempts, times and the subject as sent', async () => {
    const { ticket, confirmation, retrying } = await ticketWithMails('Sistemas');
    const mails = (await listTicketMails(mesa, { label: ticket.ticketLabel.toLowerCase() })).filter((m) => [confirmation.id, retrying.id].includes(m.id));
    expect(mails).toEqual([
      { id: retrying.id, kind: 'public_message', toName: 'Ana María Pérez', toAddress: 'ana@example.com', status: 'PENDING', attempts: 2, subject: null, createdAt: '2026-12-07T15:05:00.000Z', sentAt: null, nextAttemptAt: '2026-12-07T15:09:00.000Z' },
      expect.objectContaining({ id: confirmation.id, kind: 'ticket_created', status: 'SENT', attempts: 1, subject: `[${ticket.ticketLabel}] Recibimos su solicitud`, sentAt: '2026-12-07T15:01:00.000Z' }),
    ]);
    expect((await listTicketMails(mesa, { id: ticket.ticketUuid })).map((m) => m.id)).toEqual(expect.arrayContaining([confirmation.id, retrying.id]));
  });

  it("gives an AREA user their areas' tickets' mails and nothing of another area's, as the page gives them no ticket", async () => {
    const { ticket, confirmation } = await ticketWithMails('Sistemas');
    expect((await listTicketMails(sistemas, { label: ticket.ticketLabel })).map((m) => m.id)).toContain(confirmation.id);
    expect(await listTicketMails(infraestructura, { label: ticket.ticketLabel })).toEqual([]);
    expect(await listTicketMails(infraestructura, { id: ticket.ticketUuid })).toEqual([]);
    expect(await listTicketMails(mesa, { id: 'no-es-un-uuid' })).toEqual([]);
  });

  it("never mixes in another ticket's mails", async () => {
    const one = await ticketWithMails('Sistemas');
    const other = await ticketWithMails('Sistemas');
    const ids = (await listTicketMails(mesa, { label: one.ticket.ticketLabel })).map((m) => m.id);
    expect(ids).not.toContain(other.confirmation.id);
    expect(ids).not.toContain(other.retrying.id);
  });
});
