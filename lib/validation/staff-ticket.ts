import { z } from 'zod';
import { ticketInputSchema } from '@/lib/validation/ticket';

export const STAFF_CANALES = ['TELEFONO', 'PRESENCIAL'] as const;
export type StaffCanal = (typeof STAFF_CANALES)[number];

export const staffTicketInputSchema = ticketInputSchema.extend({
  canal: z.enum(STAFF_CANALES, { error: 'Indique el canal: teléfono o presencial.' }),
});

export type StaffTicketInput = z.output<typeof staffTicketInputSchema>;
export type StaffTicketFormValues = z.input<typeof staffTicketInputSchema>;
