import { z } from 'zod';
import { ticketInputSchema } from '@/lib/validation/ticket';

/** The channels through which staff open a ticket on a requester's behalf: phone and walk-in. */
export const STAFF_CANALES = ['TELEFONO', 'PRESENCIAL'] as const;
export type StaffCanal = (typeof STAFF_CANALES)[number];

/** A staff-created ticket: the public form's fields and limits, plus the channel it came through. */
export const staffTicketInputSchema = ticketInputSchema.extend({
  canal: z.enum(STAFF_CANALES, { error: 'Indique el canal: teléfono o presencial.' }),
});

export type StaffTicketInput = z.output<typeof staffTicketInputSchema>;
export type StaffTicketFormValues = z.input<typeof staffTicketInputSchema>;
