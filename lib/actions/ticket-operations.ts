'use server';

import { revalidatePath } from 'next/cache';
import { actionFailure, type ActionFailure } from '@/lib/actions/failure';
import { getSessionActor } from '@/lib/data/actor';
import { applyOperation } from '@/lib/data/apply-operation';
import type { TicketDetail } from '@/lib/data/ticket-detail';
import { AppError } from '@/lib/errors';

/** A failure carries SPEC §5's code, so the form can tell a version conflict from a refusal. */
export type OperationResult = { ok: true; message: string; ticket: TicketDetail } | (ActionFailure & { code?: string });

/**
 * The staff UI's way to apply an operation: the same service, authorization and validation as
 * POST /api/tickets/{id}/{op}. Checks the session itself: a server action is a public endpoint.
 */
export async function applyOperationAction(ticketId: string, op: string, input: unknown): Promise<OperationResult> {
  try {
    const actor = await getSessionActor();
    if (!actor) return { ok: false, message: 'Su sesión terminó. Inicie sesión de nuevo.', fieldErrors: {} };
    const ticket = await applyOperation(actor, String(ticketId), String(op), async () => input);
    revalidatePath('/panel', 'layout');
    return { ok: true, message: 'Cambios guardados.', ticket };
  } catch (err) {
    return { ...actionFailure(err, 'aplicar una operación'), ...(err instanceof AppError ? { code: err.code } : {}) };
  }
}
