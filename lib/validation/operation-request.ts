import { z } from 'zod';
import type { Rol } from '@/lib/domain/actor';
import { TRANSITIONS, isOperacion, roleMayPerform, type Operacion } from '@/lib/domain/transitions';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { operationBodySchemas, type OperationBodies } from '@/lib/validation/operations';
import { parseInput } from '@/lib/validation/parse';

/** An operation with its parsed body. */
export type OperationRequest = { [O in Operacion]: { op: O; body: OperationBodies[O] } }[Operacion];

/** 404 for an operation that does not exist; 403 for a role that may never perform it, whatever the ticket's state. */
export function assertRoleMayPerform(role: Rol, op: string): asserts op is Operacion {
  if (!isOperacion(op)) throw new NotFoundError(`La operación "${op}" no existe.`);
  if (!roleMayPerform(role, op)) throw new ForbiddenError(`El rol ${role} no puede ${TRANSITIONS[op].nombre.toLowerCase()} tickets.`);
}

/**
 * An operation request in the order of the checks: the operation (404), the role (403), and only
 * then the body (400), which `readBody` reads only once the role may perform the operation.
 */
export async function parseOperationRequest(role: Rol, op: string, readBody: () => unknown): Promise<OperationRequest> {
  assertRoleMayPerform(role, op);
  return { op, body: parseInput(operationBodySchemas[op], (await readBody()) ?? {}) } as OperationRequest;
}

/** The operations the board applies to many tickets at once. */
export const BULK_OPERATIONS = ['asignar', 'transferir'] as const;
export type BulkOperation = (typeof BULK_OPERATIONS)[number];

/** At most this many tickets in one request: each goes through its own transaction. */
export const MAX_BULK_TICKETS = 100;

const bulkRequestSchema = z.object({
  op: z.enum(BULK_OPERATIONS, { error: 'La operación masiva debe ser asignar o transferir.' }),
  ticketIds: z
    .array(z.uuid({ error: 'Cada ticket debe indicarse por su identificador (UUID).' }), { error: 'Indique los tickets.' })
    .min(1, 'Seleccione al menos un ticket.')
    .max(MAX_BULK_TICKETS, `Seleccione como máximo ${MAX_BULK_TICKETS} tickets a la vez.`)
    .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]),
  body: z.unknown(),
});

/** A bulk operation with its tickets and its parsed body. */
export type BulkOperationRequest = { ticketIds: string[] } & Extract<OperationRequest, { op: BulkOperation }>;

/**
 * A bulk request, checked once for all its tickets: the operation and the tickets (400), the role
 * (403), then the body (400), which would fail the same way on every ticket.
 */
export async function parseBulkOperationRequest(role: Rol, raw: unknown): Promise<BulkOperationRequest> {
  const { op, ticketIds, body } = parseInput(bulkRequestSchema, raw);
  return { ticketIds, ...(await parseOperationRequest(role, op, () => body)) } as BulkOperationRequest;
}
