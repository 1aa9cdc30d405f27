import { z } from 'zod';
import { normalizeTicketLabel } from '@/lib/domain/label';
import { DEFAULT_PRIORIDAD } from '@/lib/domain/settings';
import { TIPOS } from '@/lib/domain/tipos';
import { newTicketEtiquetasSchema } from '@/lib/validation/etiquetas';
import { charCount } from '@/lib/domain/text-length';
import { TICKET_LIMITS } from '@/lib/domain/ticket-limits';
import { optionalText, requiredText } from '@/lib/validation/text';

export const DEFAULT_AREA = 'MESA';

/** One address: the requester's, and any address the mail headers take (lib/domain/mail-headers.ts). */
export const mailAddressSchema = z
  .string({ error: (i) => (i.input == null ? 'El correo electrónico es obligatorio.' : 'El correo electrónico debe ser un texto.') })
  .trim()
  .refine((s) => s.length > 0, { message: 'El correo electrónico es obligatorio.', abort: true })
  .refine((s) => charCount(s) <= TICKET_LIMITS.email.max, {
    message: `El correo electrónico debe tener como máximo ${TICKET_LIMITS.email.max} caracteres.`,
    abort: true,
  })
  .pipe(z.email({ error: 'El correo electrónico no es válido.' }));

// Unknown keys are dropped, so a client cannot set estado, label, dates or SLA. Whether prioridad
// and areaAsignada exist is checked against the database.
export const ticketInputSchema = z.object({
  nombre: requiredText({ label: 'El nombre', ...TICKET_LIMITS.nombre }),
  email: mailAddressSchema,
  tipo: z.enum(TIPOS, { error: `El tipo debe ser uno de: ${TIPOS.join(', ')}.` }),
  categoria: requiredText({ label: 'La categoría', ...TICKET_LIMITS.categoria }),
  descripcion: requiredText({ label: 'La descripción', multiline: true, ...TICKET_LIMITS.descripcion }),
  prioridad: requiredText({ label: 'La prioridad', ...TICKET_LIMITS.prioridad }).transform((s) => s.toUpperCase()),
  documento: optionalText({ label: 'El documento', ...TICKET_LIMITS.documento }),
  telefono: optionalText({ label: 'El teléfono', ...TICKET_LIMITS.telefono }),
  tieneWhatsapp: z.boolean({ error: 'El campo tieneWhatsapp debe ser verdadero o falso.' }).default(false),
  empresaDepartamento: optionalText({ label: 'La empresa o departamento', ...TICKET_LIMITS.empresaDepartamento }),
  subcategoria: optionalText({ label: 'La subcategoría', ...TICKET_LIMITS.subcategoria }),
  asunto: optionalText({ label: 'El asunto', ...TICKET_LIMITS.asunto }),
  areaAsignada: optionalText({ label: 'El área asignada', feminine: true, ...TICKET_LIMITS.areaAsignada }),
  etiquetas: newTicketEtiquetasSchema.optional(),
});

export type TicketInput = z.output<typeof ticketInputSchema>;
export type TicketFormValues = z.input<typeof ticketInputSchema>;

export type PublicTicketFormValues = Omit<TicketFormValues, 'prioridad'> & Partial<Pick<TicketFormValues, 'prioridad'>>;

/**
 * The public form's schema: the API's, without `prioridad` while the ADMIN keeps it hidden; then
 * any priority sent is dropped and the ticket is created with the default (docs/admin.md).
 */
export function publicTicketInputSchema(askPrioridad: boolean): z.ZodType<TicketInput, PublicTicketFormValues> {
  if (askPrioridad) return ticketInputSchema;
  return ticketInputSchema.omit({ prioridad: true }).transform((ticket) => ({ ...ticket, prioridad: DEFAULT_PRIORIDAD }));
}

export const lookupInputSchema = z.object({
  ticketLabel: requiredText({ label: 'El número de ticket', max: 30 }).transform(normalizeTicketLabel),
  email: mailAddressSchema,
});

export type LookupInput = z.output<typeof lookupInputSchema>;
