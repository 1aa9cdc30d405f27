'use server';

import { revalidatePath } from 'next/cache';
import { staffAction, type ActionFailure } from '@/lib/actions/validated';
import { applyBulkOperation, type BulkTicketResult } from '@/lib/data/bulk-operations';
import { parseBulkOperationRequest } from '@/lib/validation/operation-request';

export type BulkOperationResult =
  | { ok: true; message: string; applied: number; failed: number; results: BulkTicketResult[] }
  | ActionFailure;

const bulk = staffAction(
  (raw, actor) => parseBulkOperationRequest(actor.role, raw),
  async (request, actor): Promise<BulkOperationResult> => {
    const results = await applyBulkOperation(actor, request);
    const applied = results.filter((r) => r.ok).length;
    const failed = results.length - applied;
    if (applied > 0) revalidatePath('/panel', 'layout');
    return { ok: true, message: bulkSummary(applied, failed), applied, failed, results };
  },
  { what: 'aplicar una operación masiva' },
);

/** Each ticket goes through the API's service, with a result per ticket. */
export async function bulkOperationAction(ticketIds: string[], op: string, body: unknown): Promise<BulkOperationResult> {
  return bulk({ ticketIds, op, body });
}

function bulkSummary(applied: number, failed: number): string {
  const a = `${applied} ${applied === 1 ? 'aplicado' : 'aplicados'}`;
  return failed === 0 ? `${a}.` : `${a}, ${failed} con error.`;
}
