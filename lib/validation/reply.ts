import { z } from 'zod';
import { lookupInputSchema } from '@/lib/validation/ticket';
import { requiredText } from '@/lib/validation/text';

export const REPLY_MAX = 4000;

export const replyInputSchema = lookupInputSchema.extend({
  mensaje: requiredText({ label: 'El mensaje', min: 2, max: REPLY_MAX, multiline: true }),
});

export type ReplyInput = z.output<typeof replyInputSchema>;
