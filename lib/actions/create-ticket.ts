'use server';

import { FORM_RESENT, formKeyOf } from '@/lib/actions/form-key';
import { publicAction, type ActionFailure } from '@/lib/actions/validated';
import { createTicket, type CreatedTicket } from '@/lib/data/create-ticket';
import { ValidationError } from '@/lib/errors';
import { limitTicketCreation } from '@/lib/rate-limit/rules';
import { ticketInputSchema } from '@/lib/validation/ticket';

export type CreateTicketResult = { ok: true; ticket: CreatedTicket } | ActionFailure;

/** The public form's submission, through POST /api/tickets/crear's service. Never throws. */
export async function createTicketAction(input: unknown, idempotencyKey: unknown): Promise<CreateTicketResult> {
  const create = publicAction(
    ticketInputSchema,
    async (ticket): Promise<CreateTicketResult> => {
      const key = formKeyOf(idempotencyKey);
      if (!key) throw new ValidationError('No pudimos procesar el formulario. Recargue la página e intente de nuevo.');
      // Namespaced so a web key can never collide with a key an API client chose.
      return { ok: true, ticket: await createTicket(ticket, { canal: 'WEB', idempotencyKey: `web:${key}` }) };
    },
    { what: 'radicar un ticket', limit: limitTicketCreation, invalidMessage: 'Revise los datos marcados en el formulario.', messages: FORM_RESENT },
  );
  return create(input);
}
