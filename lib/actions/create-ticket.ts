'use server';

import type { z } from 'zod';
import { FORM_RESENT, formKeyOf } from '@/lib/actions/form-key';
import { actionFailure, publicAction, type ActionFailure } from '@/lib/actions/validated';
import { createTicket, type CreatedTicket } from '@/lib/data/create-ticket';
import { loadSettings } from '@/lib/data/settings';
import { checkFormUploads, withStoredUploads, type CheckedUpload } from '@/lib/data/uploads';
import { ValidationError } from '@/lib/errors';
import { limitTicketCreation } from '@/lib/rate-limit/rules';
import { publicTicketInputSchema, type TicketInput } from '@/lib/validation/ticket';

export type CreateTicketResult = { ok: true; ticket: CreatedTicket } | ActionFailure;

const OPTIONS = { what: 'radicar un ticket', invalidMessage: 'Revise los datos marcados en el formulario.', messages: FORM_RESENT };

/**
 * The public form's submission, through POST /api/tickets/crear's service: the files (under
 * `adjuntos`) are checked first, then the fields, then the quota. The priority is read only when
 * the ADMIN shows it on the form (docs/admin.md). Never throws.
 */
export async function createTicketAction(input: unknown, idempotencyKey: unknown, files?: unknown): Promise<CreateTicketResult> {
  let uploads: CheckedUpload[];
  let schema: z.ZodType<TicketInput>;
  try {
    uploads = files instanceof FormData ? await checkFormUploads(files) : [];
    schema = publicTicketInputSchema((await loadSettings()).publicFormPrioridad);
  } catch (err) {
    return actionFailure(err, OPTIONS);
  }
  const create = publicAction(
    schema,
    async (ticket): Promise<CreateTicketResult> => {
      const key = formKeyOf(idempotencyKey);
      if (!key) throw new ValidationError('No pudimos procesar el formulario. Recargue la página e intente de nuevo.');
      // Namespaced so a web key can never collide with a key an API client chose.
      const created = await withStoredUploads(uploads, (adjuntos) => createTicket(ticket, { canal: 'WEB', idempotencyKey: `web:${key}`, adjuntos }));
      return { ok: true, ticket: created };
    },
    { ...OPTIONS, limit: limitTicketCreation },
  );
  return create(input);
}
