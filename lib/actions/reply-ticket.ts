'use server';

import { actionFailure, publicAction, type ActionFailure } from '@/lib/actions/validated';
import { addRequesterReply, type RepliedTicketView } from '@/lib/data/requester-reply';
import { checkFormUploads, withStoredUploads, type CheckedUpload } from '@/lib/data/uploads';
import { ValidationError } from '@/lib/errors';
import { limitTicketLookup } from '@/lib/rate-limit/rules';
import { replyInputSchema } from '@/lib/validation/reply';

export type ReplyResult = { ok: true; message: string; ticket: RepliedTicketView } | ActionFailure;

const OPTIONS = { what: 'responder un ticket', invalidMessage: 'Revise el mensaje.' };

function datosOf(form: FormData): Record<string, unknown> {
  const datos = form.get('datos');
  if (typeof datos !== 'string') return {};
  try {
    const value: unknown = JSON.parse(datos);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The lookup form's reply: the label and email proven by the lookup, the message in `datos` and its
 * files under `adjuntos`, checked as POST /api/tickets/responder checks them (files, body, quota).
 */
export async function replyToTicketAction(ticketLabel: string, email: string, form: FormData): Promise<ReplyResult> {
  let uploads: CheckedUpload[];
  try {
    if (!(form instanceof FormData)) throw new ValidationError('No pudimos leer el mensaje. Recargue la página e intente de nuevo.');
    uploads = await checkFormUploads(form);
  } catch (err) {
    return actionFailure(err, OPTIONS);
  }
  const reply = publicAction(
    replyInputSchema,
    async (input): Promise<ReplyResult> => {
      const ticket = await withStoredUploads(uploads, (adjuntos) => addRequesterReply(input, adjuntos));
      const message = ticket.reanudado
        ? 'Enviamos su respuesta a la mesa de ayuda. Su ticket estaba en pausa y se reanudó con su respuesta.'
        : 'Enviamos su respuesta a la mesa de ayuda.';
      return { ok: true, message, ticket };
    },
    { ...OPTIONS, limit: limitTicketLookup },
  );
  // The label and email come last: `datos` cannot speak for another ticket.
  return reply({ ...datosOf(form), ticketLabel, email });
}
