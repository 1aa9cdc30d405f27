'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { createTicket, type CreatedTicket } from '@/lib/data/create-ticket';
import { actionFailure } from '@/lib/actions/failure';
import { IdempotencyKeyReusedError, type FieldErrors } from '@/lib/errors';
import { limitTicketCreation } from '@/lib/rate-limit/rules';
import { ticketInputSchema } from '@/lib/validation/ticket';

export type CreateTicketResult =
  | { ok: true; ticket: CreatedTicket }
  | { ok: false; message: string; fieldErrors: FieldErrors };

// The form sends one crypto.randomUUID() per form instance; anything else is not our form.
const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9-]{16,64}$/);

/**
 * The public form's submission (SPEC §6): the same schema and service as POST /api/tickets/crear,
 * with canal WEB. Never throws: every failure comes back as a Spanish message and field errors.
 */
export async function createTicketAction(input: unknown, idempotencyKey: unknown): Promise<CreateTicketResult> {
  const parsed = ticketInputSchema.safeParse(input);
  if (!parsed.success) {
    const { formErrors, fieldErrors } = z.flattenError(parsed.error);
    return { ok: false, message: formErrors[0] ?? 'Revise los datos marcados en el formulario.', fieldErrors: fieldErrors as FieldErrors };
  }
  const key = idempotencyKeySchema.safeParse(idempotencyKey);
  if (!key.success) {
    return { ok: false, message: 'No pudimos procesar el formulario. Recargue la página e intente de nuevo.', fieldErrors: {} };
  }
  try {
    await limitTicketCreation(await headers());
    // Namespaced so a web key can never collide with a key an API client chose.
    const ticket = await createTicket(parsed.data, { canal: 'WEB', idempotencyKey: `web:${key.data}` });
    return { ok: true, ticket };
  } catch (err) {
    return failure(err);
  }
}

function failure(err: unknown): CreateTicketResult {
  if (err instanceof IdempotencyKeyReusedError) {
    // A retry of a submission that did go through, but with edited data: the form renews its key.
    return { ok: false, message: 'El formulario ya se había enviado con otros datos. Revise la información y envíelo de nuevo.', fieldErrors: {} };
  }
  return actionFailure(err, 'radicar un ticket');
}
