'use server';

import { publicAction, type ActionFailure } from '@/lib/actions/validated';
import { LOOKUP_NOT_FOUND_MESSAGE, findPublicTicket, type PublicTicketView } from '@/lib/data/lookup-ticket';
import { NotFoundError } from '@/lib/errors';
import { limitTicketLookup } from '@/lib/rate-limit/rules';
import { lookupInputSchema } from '@/lib/validation/ticket';

export interface LookupValues {
  ticketLabel: string;
  email: string;
}

// Carries what was typed: React resets the form after the action.
export type LookupResult = ({ ok: true; ticket: PublicTicketView } | ActionFailure) & { values: LookupValues };

const lookup = publicAction(
  lookupInputSchema,
  async ({ ticketLabel, email }) => {
    const ticket = await findPublicTicket(ticketLabel, email);
    // One answer for an unknown label and a wrong email: the lookup must not reveal which labels exist.
    if (!ticket) throw new NotFoundError(LOOKUP_NOT_FOUND_MESSAGE);
    return { ok: true as const, ticket };
  },
  { what: 'consultar un ticket', limit: limitTicketLookup, invalidMessage: 'Revise los datos marcados.' },
);

export async function lookupTicketAction(_previous: LookupResult | null, formData: FormData): Promise<LookupResult> {
  const values: LookupValues = { ticketLabel: textOf(formData, 'ticketLabel'), email: textOf(formData, 'email') };
  return { ...(await lookup(values)), values };
}

function textOf(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.slice(0, 500) : '';
}
