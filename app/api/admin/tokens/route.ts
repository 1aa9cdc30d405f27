import { NextResponse } from 'next/server';
import { getConfig } from '@/lib/config';
import { requireActor } from '@/lib/data/actor';
import { assertCanManageApiTokens, issueApiToken, listApiTokens } from '@/lib/data/api-tokens';
import { withErrors } from '@/lib/http/handler';
import { readJsonObject } from '@/lib/http/json-body';
import { parseInput } from '@/lib/validation/parse';
import { apiTokenInputSchema } from '@/lib/validation/api-token';
import { otherMethods } from '@/lib/http/route-methods';

export const GET = withErrors(async (request: Request) => {
  const actor = await requireActor(request);
  return NextResponse.json(await listApiTokens(actor));
});

/** The answer is the only time the token is shown in clear. */
export const POST = withErrors(async (request: Request) => {
  const actor = await requireActor(request);
  // 401, then 403, then the body (the order of checks).
  assertCanManageApiTokens(actor);
  const input = parseInput(apiTokenInputSchema, await readJsonObject(request, getConfig().MAX_BODY_BYTES));
  const issued = await issueApiToken(actor, input);
  return NextResponse.json(issued, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET', 'POST');
