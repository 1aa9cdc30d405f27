import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { errorReply } from '@/lib/errors';
import type { BulkOperation, BulkOperationRequest } from '@/lib/validation/operation-request';
import { applyOperation } from '@/lib/data/apply-operation';
import { ticketScope } from '@/lib/data/ticket-scope';

export interface BulkTicketResult {
  ticketUuid: string;
  ticketLabel?: string;
  ok: boolean;
  message: string;
  code?: string;
}

const DONE: Record<BulkOperation, string> = { asignar: 'Asignado.', transferir: 'Transferido.' };

// One transaction per ticket, so one ticket's refusal never undoes another's change.
export async function applyBulkOperation(actor: Actor, request: BulkOperationRequest): Promise<BulkTicketResult[]> {
  const labels = await labelsInScope(actor, request.ticketIds);
  const results: BulkTicketResult[] = [];
  for (const id of request.ticketIds) {
    const ticketLabel = labels.get(id);
    try {
      const ticket = await applyOperation(actor, id, request.op, request.body);
      results.push({ ticketUuid: id, ticketLabel: ticket.ticketLabel, ok: true, message: DONE[request.op] });
    } catch (err) {
      results.push({ ticketUuid: id, ...(ticketLabel ? { ticketLabel } : {}), ok: false, ...failureOf(err) });
    }
  }
  return results;
}

function failureOf(err: unknown): { message: string; code: string } {
  const { code, message } = errorReply(err, 'aplicar una operación masiva a un ticket').body.error;
  return { code, message: code === 'INTERNAL_ERROR' ? 'Ocurrió un error inesperado con este ticket.' : message };
}

// Tickets out of scope stay unnamed, as their 404 says nothing about them.
async function labelsInScope(actor: Actor, ids: string[]): Promise<Map<string, string>> {
  const rows = await db().ticket.findMany({ where: { id: { in: ids }, ...ticketScope(actor) }, select: { id: true, label: true } });
  return new Map(rows.map((r) => [r.id, r.label]));
}
