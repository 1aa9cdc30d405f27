import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { TRANSITIONS, roleMayPerform } from '@/lib/domain/transitions';
import { AppError, ForbiddenError } from '@/lib/errors';
import { UNAVAILABLE_MESSAGE, isDatabaseUnreachable } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/http/validate';
import { operationBodySchemas } from '@/lib/validation/operations';
import { applyOperation } from '@/lib/data/apply-operation';
import { ticketScope } from '@/lib/data/ticket-scope';

/** The operations the board applies to many tickets at once. */
export const BULK_OPERATIONS = ['asignar', 'transferir'] as const;
export type BulkOperation = (typeof BULK_OPERATIONS)[number];

/** At most this many tickets in one request: each goes through its own transaction. */
export const MAX_BULK_TICKETS = 100;

/** What happened to one ticket of a bulk operation. */
export interface BulkTicketResult {
  ticketUuid: string;
  ticketLabel?: string;
  ok: boolean;
  message: string;
  /** The SPEC §5 error code when it failed (INVALID_TRANSITION, NOT_FOUND, …). */
  code?: string;
}

const DONE: Record<BulkOperation, string> = { asignar: 'Asignado.', transferir: 'Transferido.' };

const bulkRequestSchema = z.object({
  op: z.enum(BULK_OPERATIONS, { error: 'La operación masiva debe ser asignar o transferir.' }),
  ticketIds: z
    .array(z.uuid({ error: 'Cada ticket debe indicarse por su identificador (UUID).' }), { error: 'Indique los tickets.' })
    .min(1, 'Seleccione al menos un ticket.')
    .max(MAX_BULK_TICKETS, `Seleccione como máximo ${MAX_BULK_TICKETS} tickets a la vez.`)
    .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]),
});

/**
 * Applies asignar or transferir to each ticket through the same service as the API
 * (`applyOperation`), one ticket and one transaction at a time, so one ticket's refusal never
 * undoes another's change. The request (op, ids, body) is checked once up front; the role, scope,
 * state and history are still decided per ticket by the service.
 */
export async function applyBulkOperation(actor: Actor, ticketIds: unknown, op: unknown, body: unknown): Promise<BulkTicketResult[]> {
  const request = parseOrThrow(bulkRequestSchema, { op, ticketIds });
  if (!roleMayPerform(actor.role, request.op)) {
    throw new ForbiddenError(`El rol ${actor.role} no puede ${TRANSITIONS[request.op].nombre.toLowerCase()} tickets.`);
  }
  // A malformed body would fail the same way on every ticket: answer once, naming the field.
  parseOrThrow(operationBodySchemas[request.op], body ?? {});

  const labels = await labelsInScope(actor, request.ticketIds);
  const results: BulkTicketResult[] = [];
  for (const id of request.ticketIds) {
    const ticketLabel = labels.get(id);
    try {
      const ticket = await applyOperation(actor, id, request.op, async () => body);
      results.push({ ticketUuid: id, ticketLabel: ticket.ticketLabel, ok: true, message: DONE[request.op] });
    } catch (err) {
      results.push({ ticketUuid: id, ...(ticketLabel ? { ticketLabel } : {}), ok: false, ...failureOf(err) });
    }
  }
  return results;
}

/** One ticket's refusal in the results; an unexpected error is logged and reported without its details. */
function failureOf(err: unknown): { message: string; code?: string } {
  if (err instanceof AppError) return { message: err.message, code: err.code };
  if (isDatabaseUnreachable(err)) return { message: UNAVAILABLE_MESSAGE, code: 'UNAVAILABLE' };
  console.error('Error inesperado en una operación masiva', err);
  return { message: 'Ocurrió un error inesperado con este ticket.', code: 'INTERNAL_ERROR' };
}

/** The labels of the tickets the actor may see, to name them in the results (others stay unnamed: 404). */
async function labelsInScope(actor: Actor, ids: string[]): Promise<Map<string, string>> {
  const rows = await db().ticket.findMany({ where: { id: { in: ids }, ...ticketScope(actor) }, select: { id: true, label: true } });
  return new Map(rows.map((r) => [r.id, r.label]));
}
