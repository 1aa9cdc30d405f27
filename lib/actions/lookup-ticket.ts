'use server';

import { z } from 'zod';
import { findPublicTicket, type PublicTicketView } from '@/lib/data/lookup-ticket';
import type { FieldErrors } from '@/lib/errors';
import { isDatabaseUnreachable } from '@/lib/http/errors';
import { lookupInputSchema } from '@/lib/validation/ticket';

export interface LookupValues {
  ticketLabel: string;
  email: string;
}

/** The outcome, with what was typed so the form can show it again after React resets it. */
export type LookupResult = (
  | { ok: true; ticket: PublicTicketView }
  | { ok: false; message: string; fieldErrors: FieldErrors }
) & { values: LookupValues };

const NOT_FOUND_MESSAGE =
  'No encontramos un ticket con ese número y ese correo electrónico. Revise los datos e intente de nuevo.';

/** The requester's lookup on /consultar (SPEC §5, §6), for useActionState. Never throws. */
export async function lookupTicketAction(_previous: LookupResult | null, formData: FormData): Promise<LookupResult> {
  const values: LookupValues = { ticketLabel: textOf(formData, 'ticketLabel'), email: textOf(formData, 'email') };
  const parsed = lookupInputSchema.safeParse(values);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { ok: false, message: 'Revise los datos marcados.', fieldErrors: fieldErrors as FieldErrors, values };
  }
  try {
    const ticket = await findPublicTicket(parsed.data.ticketLabel, parsed.data.email);
    // One answer for an unknown label and a wrong email: the lookup must not reveal which labels exist.
    if (!ticket) return { ok: false, message: NOT_FOUND_MESSAGE, fieldErrors: {}, values };
    return { ok: true, ticket, values };
  } catch (err) {
    if (isDatabaseUnreachable(err)) {
      return { ok: false, message: 'El servicio no está disponible en este momento. Intente de nuevo en unos minutos.', fieldErrors: {}, values };
    }
    console.error('Error inesperado al consultar un ticket', err);
    return { ok: false, message: 'Ocurrió un error inesperado. Intente de nuevo más tarde.', fieldErrors: {}, values };
  }
}

function textOf(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.slice(0, 500) : '';
}
