import { z } from 'zod';
import { lookupInputSchema } from '@/lib/validation/ticket';
import { MESSAGE_TEXT_MAX } from '@/lib/domain/conversation';
import { requiredText } from '@/lib/validation/text';

export const REPLY_MAX = MESSAGE_TEXT_MAX;

export const replyInputSchema = lookupInputSchema.extend({
  texto: requiredText({ label: 'El mensaje', max: REPLY_MAX, multiline: true }),
  /** The message answered: the reply joins its thread (docs/conversation.md). */
  respondeA: z.uuid({ error: 'El mensaje al que responde no es válido.' }).optional(),
});

export type ReplyInput = z.output<typeof replyInputSchema>;
