'use server';

import { revalidatePath } from 'next/cache';
import { FORM_RESENT, formKeyOf } from '@/lib/actions/form-key';
import { staffAction, type ActionFailure } from '@/lib/actions/validated';
import { assertMayCreateStaffTickets, createStaffTicket } from '@/lib/data/create-staff-ticket';
import type { CreatedTicket } from '@/lib/data/create-ticket';
import { checkFormUploads, withStoredUploads, type CheckedUpload } from '@/lib/data/uploads';
import { parseInput } from '@/lib/validation/parse';
import { staffTicketInputSchema, type StaffTicketInput } from '@/lib/validation/staff-ticket';

export type CreateStaffTicketResult = { ok: true; ticket: CreatedTicket } | ActionFailure;

interface StaffTicketSubmission {
  ticket: StaffTicketInput;
  uploads: CheckedUpload[];
}

export async function createStaffTicketAction(input: unknown, idempotencyKey: unknown, files?: unknown): Promise<CreateStaffTicketResult> {
  const create = staffAction(
    // As POST /api/tickets/crear: the role, the files (413, 415), then the fields.
    async (raw): Promise<StaffTicketSubmission> => {
      const uploads = files instanceof FormData ? await checkFormUploads(files) : [];
      return { ticket: parseInput(staffTicketInputSchema, raw), uploads };
    },
    async ({ ticket, uploads }, actor): Promise<CreateStaffTicketResult> => {
      const created = await withStoredUploads(uploads, (adjuntos) => createStaffTicket(actor, ticket, formKeyOf(idempotencyKey), adjuntos));
      revalidatePath('/panel', 'layout');
      return { ok: true, ticket: created };
    },
    { what: 'radicar un ticket del panel', authorize: assertMayCreateStaffTickets, messages: FORM_RESENT },
  );
  return create(input);
}
