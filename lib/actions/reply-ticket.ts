'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { actionFailure, type ActionFailure } from '@/lib/actions/failure';
import { addRequesterReply } from '@/lib/data/requester-reply';
import type { PublicTicketView } from '@/lib/data/lookup-ticket';
import type { FieldErrors } from '@/lib/errors';
import { limitTicketLookup } from '@/lib/rate-limit/rules';
import { replyInputSchema } from '@/lib/validation/reply';

export type ReplyResult = { ok: true; message: string; ticket: PublicTicketView } | ActionFailure;

/** The requester's reply on /consultar: the same validation and service as POST /api/tickets/responder. */
export async function replyToTicketAction(input: { ticketLabel: string; email: string; mensaje: string }): Promise<ReplyResult> {
  const parsed = replyInputSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: 'Revise el mensaje.', fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors };
  }
  try {
    await limitTicketLookup(await headers());
    const ticket = await addRequesterReply(parsed.data);
    return { ok: true, message: 'Enviamos su respuesta a la mesa de ayuda.', ticket };
  } catch (err) {
    return actionFailure(err, 'responder un ticket');
  }
}
