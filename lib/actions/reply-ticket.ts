'use server';

import { publicAction, type ActionFailure } from '@/lib/actions/validated';
import { addRequesterReply, type RepliedTicketView } from '@/lib/data/requester-reply';
import { limitTicketLookup } from '@/lib/rate-limit/rules';
import { replyInputSchema } from '@/lib/validation/reply';

export type ReplyResult = { ok: true; message: string; ticket: RepliedTicketView } | ActionFailure;

const reply = publicAction(
  replyInputSchema,
  async (input): Promise<ReplyResult> => {
    const ticket = await addRequesterReply(input);
    const message = ticket.reanudado
      ? 'Enviamos su respuesta a la mesa de ayuda. Su ticket estaba en pausa y se reanudó con su respuesta.'
      : 'Enviamos su respuesta a la mesa de ayuda.';
    return { ok: true, message, ticket };
  },
  { what: 'responder un ticket', limit: limitTicketLookup, invalidMessage: 'Revise el mensaje.' },
);

export async function replyToTicketAction(input: { ticketLabel: string; email: string; texto: string; respondeA?: string }): Promise<ReplyResult> {
  return reply(input);
}
