import { NextResponse } from 'next/server';
import { getConfig } from '@/lib/config';
import { LOOKUP_NOT_FOUND_MESSAGE, findPublicTicket } from '@/lib/data/lookup-ticket';
import { NotFoundError } from '@/lib/errors';
import { withErrors } from '@/lib/http/handler';
import { readJsonObject } from '@/lib/http/json-body';
import { parseInput } from '@/lib/validation/parse';
import { limitTicketLookup } from '@/lib/rate-limit/rules';
import { lookupInputSchema } from '@/lib/validation/ticket';
import { otherMethods } from '@/lib/http/route-methods';

export const POST = withErrors(async (request: Request) => {
  const body = await readJsonObject(request, getConfig().MAX_BODY_BYTES);
  const { ticketLabel, email } = parseInput(lookupInputSchema, body);
  await limitTicketLookup(request.headers);
  const ticket = await findPublicTicket(ticketLabel, email);
  if (!ticket) throw new NotFoundError(LOOKUP_NOT_FOUND_MESSAGE);
  return NextResponse.json(ticket);
});

export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods('POST');
