import { NextResponse } from 'next/server';
import { addRequesterReply } from '@/lib/data/requester-reply';
import { withStoredUploads } from '@/lib/data/uploads';
import { withErrors } from '@/lib/http/handler';
import { readBodyWithFiles } from '@/lib/http/request-with-files';
import { parseInput } from '@/lib/validation/parse';
import { limitTicketLookup } from '@/lib/rate-limit/rules';
import { replyInputSchema } from '@/lib/validation/reply';
import { otherMethods } from '@/lib/http/route-methods';

export const POST = withErrors(async (request: Request) => {
  const { datos, uploads } = await readBodyWithFiles(request);
  const input = parseInput(replyInputSchema, datos);
  await limitTicketLookup(request.headers);
  const ticket = await withStoredUploads(uploads, (adjuntos) => addRequesterReply(input, adjuntos));
  return NextResponse.json(ticket);
});

export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods('POST');
