'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { actionFailure, type ActionFailure } from '@/lib/actions/failure';
import { getSessionActor } from '@/lib/data/actor';
import { createStaffTicket } from '@/lib/data/create-staff-ticket';
import type { CreatedTicket } from '@/lib/data/create-ticket';
import { IdempotencyKeyReusedError } from '@/lib/errors';

export type CreateStaffTicketResult = { ok: true; ticket: CreatedTicket } | ActionFailure;

// One crypto.randomUUID() per attempt of the form; anything else is not our form.
const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9-]{16,64}$/);

/**
 * The panel's "Nuevo ticket" form (SPEC §1): a MESA or ADMIN user opens a ticket for a requester
 * who called or came in. Checks the session and the role itself: a server action is a public endpoint.
 */
export async function createStaffTicketAction(input: unknown, idempotencyKey: unknown): Promise<CreateStaffTicketResult> {
  try {
    const actor = await getSessionActor();
    if (!actor) return { ok: false, message: 'Su sesión terminó. Inicie sesión de nuevo.', fieldErrors: {} };
    const key = idempotencyKeySchema.safeParse(idempotencyKey);
    const ticket = await createStaffTicket(actor, input, key.success ? key.data : undefined);
    revalidatePath('/panel', 'layout');
    return { ok: true, ticket };
  } catch (err) {
    if (err instanceof IdempotencyKeyReusedError) {
      return { ok: false, message: 'El formulario ya se había enviado con otros datos. Revise la información y envíelo de nuevo.', fieldErrors: {} };
    }
    return actionFailure(err, 'radicar un ticket del panel');
  }
}
