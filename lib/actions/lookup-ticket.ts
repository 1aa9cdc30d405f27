'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { actionFailure } from '@/lib/actions/failure';
import { LOOKUP_NOT_FOUND_MESSAGE, findPublicTicket, type PublicTicketView } from '@/lib/data/lookup-ticket';
import type { FieldErrors } from '@/lib/errors';
import { limitTicketLookup } from '@/lib/rate-limit/rules';
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


/** The requester's lookup on /consultar (SPEC §5, §6), for useActionState. Never throws. */
export async function lookupTicketAction(_previous: LookupResult | null, formData: FormData): Promise<LookupResult> {
  const values: LookupValues = { ticketLabel: textOf(formData, 'ticketLabel'), email: textOf(formData, 'email') };
  const parsed = lookupInputSchema.safeParse(values);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { ok: false, message: 'Revise los datos marcados.', fieldErrors: fieldErrors as FieldErrors, values };
  }
  try {
    await limitTicketLookup(await headers());
    const ticket = await findPublicTicket(parsed.data.ticketLabel, parsed.data.email);
    // One answer for an unknown label and a wrong email: the lookup must not reveal which labels exist.
    if (!ticket) return { ok: false, message: LOOKUP_NOT_FOUND_MESSAGE, fieldErrors: {}, values };
    return { ok: true, ticket, values };
  } catch (err) {
    return { ...actionFailure(err, 'consultar un ticket'), values };
  }
}

function textOf(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.slice(0, 500) : '';
}
