import { z } from 'zod';
import type { Rol } from '@/lib/domain/actor';
import { TRANSITIONS, isOperacion, roleMayPerform, type Operacion } from '@/lib/domain/transitions';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { operationBodySchemas, type OperationBodies } from '@/lib/validation/operations';
import { parseInput } from '@/lib/validation/parse';

export type OperationRequest = { [O in Operacion]: { op: O; body: OperationBodies[O] } }[Operacion];

export function assertRoleMayPerform(role: Rol, op: string): asserts op is Operacion {
  if (!isOperacion(op)) throw new NotFoundError(`La operación "${op}" no existe.`);
  if (!roleMayPerform(role, op)) throw new ForbiddenError(`El rol ${role} no puede ${TRANSITIONS[op].verbo} tickets.`);
}

// The order of the checks of docs/workflow.md: the body is not even read before the role passes.
export async function parseOperationRequest(role: Rol, op: string, readBody: () => unknown): Promise<OperationRequest> {
  assertRoleMayPerform(role, op);
  return { op, body: parseInput(operationBodySchemas[op], (await readBody()) ?? {}) } as OperationRequest;
}

export const BULK_OPERATIONS = ['asignar', 'transferir'] as const;
export type BulkOperation = (typeof BULK_OPERATIONS)[number];

// Kept small: each ticket goes through its own transaction.
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

export type BulkOperationRequest = { ticketIds: string[] } & Extract<OperationRequest, { op: BulkOperation }>;

// Checked once for all tickets: a bad role or body would fail the same way on each.
export async function parseBulkOperationRequest(role: Rol, raw: unknown): Promise<BulkOperationRequest> {
  const { op, ticketIds, body } = parseInput(bulkRequestSchema, raw);
  return { ticketIds, ...(await parseOperationRequest(role, op, () => body)) } as BulkOperationRequest;
}
