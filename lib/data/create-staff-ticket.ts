import 'server-only';
import type { Actor } from '@/lib/domain/actor';
import { ForbiddenError } from '@/lib/errors';
import { parseOrThrow } from '@/lib/http/validate';
import { mayCreateStaffTickets, staffTicketInputSchema } from '@/lib/validation/staff-ticket';
import { createTicket, type CreatedTicket } from '@/lib/data/create-ticket';

/**
 * Opens a ticket on a requester's behalf (SPEC §1, MESA and ADMIN): the role first (403), then
 * the public form's schema plus `canal` (400), then the same service as POST /api/tickets/crear.
 * The first history entry names the staff user, not the requester.
 */
export async function createStaffTicket(actor: Actor, input: unknown, idempotencyKey?: string): Promise<CreatedTicket> {
  // An API token has no user to name in the history: staff creation is a signed-in person's act.
  if (!mayCreateStaffTickets(actor.role) || !actor.userId) {
    throw new ForbiddenError('Solo la mesa de ayuda y la administración pueden radicar tickets a nombre de un solicitante.');
  }
  const { canal, ...ticket } = parseOrThrow(staffTicketInputSchema, input);
  return createTicket(ticket, {
    canal,
    actor: { id: actor.userId, name: actor.name },
    // Namespaced per user: a key can never collide with the public form's or another agent's.
    idempotencyKey: idempotencyKey ? `staff:${actor.userId}:${idempotencyKey}` : undefined,
  });
}
