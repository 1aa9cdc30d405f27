'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/actions/validated';
import type { OperationResult } from '@/lib/actions/ticket-operations';
import { applyOperation } from '@/lib/data/apply-operation';
import { ForbiddenError } from '@/lib/errors';
import { assertRoleMayPerform } from '@/lib/validation/operation-request';
import { operationBodySchemas } from '@/lib/validation/operations';
import { parseInput } from '@/lib/validation/parse';

interface RawTake {
  ticketId: string;
  expectedVersion?: number;
}

const take = staffAction(
  // The asignar operation with the caller as assignee: the same role, state and area rules as any asignar.
  async (raw, actor) => {
    const { ticketId, expectedVersion } = raw as RawTake;
    assertRoleMayPerform(actor.role, 'asignar');
    if (!actor.userId) throw new ForbiddenError('Solo un usuario con sesión iniciada puede tomar un ticket.');
    return { ticketId, body: parseInput(operationBodySchemas.asignar, { asignadoA: actor.userId, expectedVersion }) };
  },
  async ({ ticketId, body }, actor): Promise<OperationResult> => {
    const ticket = await applyOperation(actor, ticketId, 'asignar', body);
    revalidatePath('/panel', 'layout');
    return { ok: true, message: `Tomó el ticket ${ticket.ticketLabel}: ahora está asignado a usted.`, ticket };
  },
  { what: 'tomar un ticket' },
);

/** Assigns the ticket to the signed-in user in one click ("Tomar"), on the board and on the ticket's page. */
export async function takeTicketAction(ticketId: string, expectedVersion?: number): Promise<OperationResult> {
  return take({ ticketId: String(ticketId), expectedVersion } satisfies RawTake);
}
