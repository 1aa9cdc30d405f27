import { z } from 'zod';
import { TIPOS } from '@/lib/domain/tipos';
import { requiredMessage } from '@/lib/validation/admin/fields';

function requiredText(label: string, max: number) {
  return z
    .string({ error: requiredMessage(label) })
    .trim()
    .min(1, requiredMessage(label))
    .max(max, `${label} admite como máximo ${max} caracteres.`);
}

/** What a ticket opened by inbound mail gets; the prioridad and the área are checked against the active ones when saved. */
export const inboundSettingsSchema = z.object({
  inboundTipo: z.enum(TIPOS, { error: 'El tipo no es válido: elija uno de la lista.' }),
  inboundPrioridad: requiredText('La prioridad', 20),
  inboundArea: requiredText('El área', 100),
});

export type InboundSettingsInput = z.output<typeof inboundSettingsSchema>;
export type InboundSettingsValues = z.input<typeof inboundSettingsSchema>;

/** One row of the outbox to send again. */
export const mailRetrySchema = z.object({ id: z.uuid({ error: 'El identificador del correo no es válido.' }) });
