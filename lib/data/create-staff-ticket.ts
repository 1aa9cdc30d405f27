import 'server-only';
import type { Actor } from '@/lib/domain/actor';
import type { NewAttachment } from '@/lib/domain/conversation';
import { mayCreateStaffTickets } from '@/lib/domain/permissions';
import { ForbiddenError } from '@/lib/errors';
import type { StaffTicketInput } from '@/lib/validation/staff-ticket';
import { createTicket, type CreatedTicket } from '@/lib/data/create-ticket';

/** Returns the user's id. */
export function assertMayCreateStaffTickets(actor: Actor): string {
  // An API token has no user to name in the history: staff creation is a signed-in person's act.
  if (!mayCreateStaffTickets(actor.role) || !actor.userId) {
    throw new ForbiddenError('Solo la mesa de ayuda y la administración pueden radicar tickets a nombre de un solicitante.');
  }
  return actor.userId;
}

// The first history entry names the staff user, not the requester.
export async function createStaffTicket(actor: Actor, input: StaffTicketInput, idempotencyKey?: string, adjuntos: NewAttachment[] = []): Promise<CreatedTicket> {
  const userId = assertMayCreateStaffTickets(actor);
  const { canal, ...ticket } = input;
  return createTicket(ticket, {
    canal,
    actor: { id: userId, name: actor.name },
    // Namespaced per user: a key can never collide with the public form's or another agent's.
    idempotencyKey: idempotencyKey ? `staff:${userId}:${idempotencyKey}` : undefined,
    adjuntos,
  });
}
