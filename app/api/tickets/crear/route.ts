import { NextResponse } from 'next/server';
import { getConfig } from '@/lib/config';
import { createTicket } from '@/lib/data/create-ticket';
import { withErrors } from '@/lib/http/handler';
import { readIdempotencyKey } from '@/lib/http/idempotency-key';
import { readJsonObject } from '@/lib/http/json-body';
import { parseInput } from '@/lib/validation/parse';
import { limitTicketCreation } from '@/lib/rate-limit/rules';
import { ticketInputSchema } from '@/lib/validation/ticket';

export const POST = withErrors(async (request: Request) => {
  const idempotencyKey = readIdempotencyKey(request);
  const body = await readJsonObject(request, getConfig().MAX_BODY_BYTES);
  const input = parseInput(ticketInputSchema, body);
  // Counted once the request would create something: a mistyped field costs no quota.
  await limitTicketCreation(request.headers);
  const created = await createTicket(input, { canal: 'API', idempotencyKey });
  return NextResponse.json(created);
});
