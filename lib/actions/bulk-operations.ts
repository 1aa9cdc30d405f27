'use server';

import { revalidatePath } from 'next/cache';
import { actionFailure, type ActionFailure } from '@/lib/actions/failure';
import { getSessionActor } from '@/lib/data/actor';
import { applyBulkOperation, type BulkTicketResult } from '@/lib/data/bulk-operations';

export type BulkOperationResult =
  | { ok: true; message: string; applied: number; failed: number; results: BulkTicketResult[] }
  | ActionFailure;

/**
 * The board's bulk asignar/transferir: each ticket through the same service as the API, with a
 * result per ticket. Checks the session itself: a server action is a public endpoint.
 */
export async function bulkOperationAction(ticketIds: string[], op: string, body: unknown): Promise<BulkOperationResult> {
  try {
    const actor = await getSessionActor();
    if (!actor) return { ok: false, message: 'Su sesión terminó. Inicie sesión de nuevo.', fieldErrors: {} };
    const results = await applyBulkOperation(actor, ticketIds, op, body);
    const applied = results.filter((r) => r.ok).length;
    const failed = results.length - applied;
    if (applied > 0) revalidatePath('/panel', 'layout');
    return { ok: true, message: bulkSummary(applied, failed), applied, failed, results };
  } catch (err) {
    return actionFailure(err, 'aplicar una operación masiva');
  }
}

function bulkSummary(applied: number, failed: number): string {
  const a = `${applied} ${applied === 1 ? 'aplicado' : 'aplicados'}`;
  return failed === 0 ? `${a}.` : `${a}, ${failed} con error.`;
}
