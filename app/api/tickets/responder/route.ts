import { NextResponse } from 'next/server';
import { getConfig } from '@/lib/config';
import { addRequesterReply } from '@/lib/data/requester-reply';
import { withErrors } from '@/lib/http/handler';
import { readJsonObject } from '@/lib/http/json-body';
import { parseInput } from '@/lib/validation/parse';
import { limitTicketLookup } from '@/lib/rate-limit/rules';
import { replyInputSchema } from '@/lib/validation/reply';

export const POST = withErrors(async (request: Request) => {
  const body = await readJsonObject(request, getConfig().MAX_BODY_BYTES);
  const input = parseInput(replyInputSchema, body);
  await limitTicketLookup(request.headers);
  const ticket = await addRequesterReply(input);
  return NextResponse.json(ticket);
});
