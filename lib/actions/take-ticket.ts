'use server';

import { applyOperationAction, type OperationResult } from '@/lib/actions/ticket-operations';
import { getSessionActor } from '@/lib/data/actor';
import { SESSION_ENDED_MESSAGE } from '@/lib/actions/validated';

/**
 * "Tomar": asignar the ticket to the signed-in user, in its current area. The same path as any
 * operation (applyOperationAction): the role, the state, the version and the area are checked there.
 */
export async function takeTicketAction(ticketId: string, expectedVersion?: number): Promise<OperationResult> {
  const actor = await getSessionActor();
  if (!actor?.userId) return { ok: false, message: SESSION_ENDED_MESSAGE, fieldErrors: {}, code: 'UNAUTHENTICATED' };
  const result = await applyOperationAction(ticketId, 'asignar', { asignadoA: actor.userId, ...(expectedVersion === undefined ? {} : { expectedVersion }) });
  return result.ok ? { ...result, message: `Tomó el ticket ${result.ticket.ticketLabel}: ahora está asignado a usted.` } : result;
}
