import { z } from 'zod';
import type { Rol } from '@/lib/domain/actor';
import { ticketInputSchema } from '@/lib/validation/ticket';

/** The channels through which staff open a ticket on a requester's behalf (SPEC §1: phone, walk-in). */
export const STAFF_CANALES = ['TELEFONO', 'PRESENCIAL'] as const;
export type StaffCanal = (typeof STAFF_CANALES)[number];

export const STAFF_CANAL_INFO: Record<StaffCanal, { nombre: string }> = {
  TELEFONO: { nombre: 'Llamada telefónica' },
  PRESENCIAL: { nombre: 'Atención presencial' },
};

/** Who may open a ticket for a requester (SPEC §1): the service desk and the administration. */
export const STAFF_TICKET_ROLES: readonly Rol[] = ['ADMIN', 'MESA'];

/** Whether the role may open tickets on a requester's behalf. */
export function mayCreateStaffTickets(role: Rol): boolean {
  return STAFF_TICKET_ROLES.includes(role);
}

/** A staff-created ticket: the public form's fields and limits, plus the channel it came through. */
export const staffTicketInputSchema = ticketInputSchema.extend({
  canal: z.enum(STAFF_CANALES, { error: 'Indique el canal: teléfono o presencial.' }),
});

export type StaffTicketInput = z.output<typeof staffTicketInputSchema>;
export type StaffTicketFormValues = z.input<typeof staffTicketInputSchema>;
