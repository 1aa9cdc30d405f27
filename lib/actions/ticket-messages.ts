'use server';

import { revalidatePath } from 'next/cache';
import { staffAction, type ActionFailure } from '@/lib/actions/validated';
import { applyOperation } from '@/lib/data/apply-operation';
import { checkFormUploads, withStoredUploads, type CheckedUpload } from '@/lib/data/uploads';
import type { OperationBodies } from '@/lib/validation/operations';
import { parseOperationRequest } from '@/lib/validation/operation-request';

export type StaffMessageResult = { ok: true } | ActionFailure;

interface StaffMessage {
  ticketId: string;
  body: OperationBodies['actualizar'];
  uploads: CheckedUpload[];
}

function datosOf(form: FormData): unknown {
  const datos = form.get('datos');
  if (typeof datos !== 'string') return {};
  try {
    return JSON.parse(datos);
  } catch {
    return {};
  }
}

const send = staffAction(
  // As POST /api/tickets/{id}/actualizar: the role, the files (413, 415), then the body.
  async (raw, actor): Promise<StaffMessage> => {
    const { ticketId, form } = raw as { ticketId: string; form: FormData };
    let uploads: CheckedUpload[] = [];
    const { body } = await parseOperationRequest(actor.role, 'actualizar', async () => {
      uploads = await checkFormUploads(form);
      return datosOf(form);
    });
    return { ticketId, body: body as OperationBodies['actualizar'], uploads };
  },
  async ({ ticketId, body, uploads }, actor): Promise<StaffMessageResult> => {
    await withStoredUploads(uploads, (adjuntos) => applyOperation(actor, ticketId, 'actualizar', body, adjuntos));
    revalidatePath('/panel', 'layout');
    return { ok: true };
  },
  { what: 'escribir un mensaje' },
);
/** A public reply or an internal note, with its files, from the ticket page's reply box. */
export async function sendStaffMessageAction(ticketId: string, form: FormData): Promise<StaffMessageResult> {
  return send({ ticketId: String(ticketId), form });
}
