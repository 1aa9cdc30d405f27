'use server';

import { revalidatePath } from 'next/cache';
import { FORM_RESENT, formKeyOf } from '@/lib/actions/form-key';
import { staffAction, type ActionFailure } from '@/lib/actions/validated';
import { assertMayCreateStaffTickets, createStaffTicket } from '@/lib/data/create-staff-ticket';
import type { CreatedTicket } from '@/lib/data/create-ticket';
import { staffTicketInputSchema } from '@/lib/validation/staff-ticket';

export type CreateStaffTicketResult = { ok: true; ticket: CreatedTicket } | ActionFailure;

export async function createStaffTicketAction(input: unknown, idempotencyKey: unknown): Promise<CreateStaffTicketResult> {
  const create = staffAction(
    staffTicketInputSchema,
    async (ticket, actor): Promise<CreateStaffTicketResult> => {
      const created = await createStaffTicket(actor, ticket, formKeyOf(idempotencyKey));
      revalidatePath('/panel', 'layout');
      return { ok: true, ticket: created };
    },
    { what: 'radicar un ticket del panel', authorize: assertMayCreateStaffTickets, messages: FORM_RESENT },
  );
  return create(input);
}
