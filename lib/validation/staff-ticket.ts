import { z } from 'zod';
import { mailAddressSchema, ticketInputSchema } from '@/lib/validation/ticket';

export const STAFF_CANALES = ['TELEFONO', 'PRESENCIAL'] as const;
export type StaffCanal = (typeof STAFF_CANALES)[number];

export const STAFF_CONTACT_MESSAGE = 'Indique un correo, un teléfono o un documento.';

// A caller may have no email: staff then give a phone or a document, and the ticket has no lookup
// and no mail to the requester until one is added (docs/workflow.md).
export const staffTicketInputSchema = ticketInputSchema
  .extend({
    canal: z.enum(STAFF_CANALES, { error: 'Indique el canal: teléfono o presencial.' }),
    email: z.preprocess((v) => (v == null || (typeof v === 'string' && v.trim() === '') ? undefined : v), mailAddressSchema.optional()),
  })
  .refine((t) => t.email !== undefined || t.telefono !== undefined || t.documento !== undefined, { path: ['email'], message: STAFF_CONTACT_MESSAGE });

export type StaffTicketInput = z.output<typeof staffTicketInputSchema>;
export type StaffTicketFormValues = z.input<typeof staffTicketInputSchema>;
