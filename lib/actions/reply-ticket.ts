'use server';

import { publicAction, type ActionFailure } from '@/lib/actions/validated';
import type { PublicTicketView } from '@/lib/data/lookup-ticket';
import { addRequesterReply } from '@/lib/data/requester-reply';
import { limitTicketLookup } from '@/lib/rate-limit/rules';
import { replyInputSchema } from '@/lib/validation/reply';

export type ReplyResult = { ok: true; message: string; ticket: PublicTicketView } | ActionFailure;

const reply = publicAction(
  replyInputSchema,
  async (input): Promise<ReplyResult> => ({ ok: true, message: 'Enviamos su respuesta a la mesa de ayuda.', ticket: await addRequesterReply(input) }),
  { what: 'responder un ticket', limit: limitTicketLookup, invalidMessage: 'Revise el mensaje.' },
);

export async function replyToTicketAction(input: { ticketLabel: string; email: string; mensaje: string }): Promise<ReplyResult> {
  return reply(input);
}
