import { NextResponse } from 'next/server';
import { createTicket } from '@/lib/data/create-ticket';
import { withStoredUploads } from '@/lib/data/uploads';
import { withErrors } from '@/lib/http/handler';
import { readIdempotencyKey } from '@/lib/http/idempotency-key';
import { readBodyWithFiles } from '@/lib/http/request-with-files';
import { parseInput } from '@/lib/validation/parse';
import { limitTicketCreation } from '@/lib/rate-limit/rules';
import { ticketInputSchema } from '@/lib/validation/ticket';
import { otherMethods } from '@/lib/http/route-methods';

export const POST = withErrors(async (request: Request) => {
  const idempotencyKey = readIdempotencyKey(request);
  const { datos, uploads } = await readBodyWithFiles(request);
  const input = parseInput(ticketInputSchema, datos);
  // Counted once the request would create something: a mistyped field costs no quota.
  await limitTicketCreation(request.headers);
  const created = await withStoredUploads(uploads, (adjuntos) => createTicket(input, { canal: 'API', idempotencyKey, adjuntos }));
  return NextResponse.json(created);
});

export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods('POST');
