'use server';

import { revalidatePath } from 'next/cache';
import { staffAction, type ActionFailure } from '@/lib/actions/validated';
import { applyOperation } from '@/lib/data/apply-operation';
import type { TicketDetail } from '@/lib/data/ticket-detail';
import { parseOperationRequest } from '@/lib/validation/operation-request';

// A failure carries the error code, so the form can tell a version conflict from a refusal.
export type OperationResult = { ok: true; message: string; ticket: TicketDetail } | ActionFailure;

interface RawOperation {
  ticketId: string;
  op: string;
  body: unknown;
}

const operate = staffAction(
  // The role before the body, as POST /api/tickets/{id}/{op} checks them.
  async (raw, actor) => {
    const { ticketId, op, body } = raw as RawOperation;
    return { ticketId, ...(await parseOperationRequest(actor.role, op, () => body)) };
  },
  async ({ ticketId, op, body }, actor): Promise<OperationResult> => {
    const ticket = await applyOperation(actor, ticketId, op, body);
    revalidatePath('/panel', 'layout');
    return { ok: true, message: 'Cambios guardados.', ticket };
  },
  { what: 'aplicar una operación' },
);

export async function applyOperationAction(ticketId: string, op: string, input: unknown): Promise<OperationResult> {
  return operate({ ticketId: String(ticketId), op: String(op), body: input } satisfies RawOperation);
}
