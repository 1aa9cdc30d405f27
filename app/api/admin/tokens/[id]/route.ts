import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/data/actor';
import { assertCanManageApiTokens, revokeApiToken } from '@/lib/data/api-tokens';
import { withErrors } from '@/lib/http/handler';
import { parseInput } from '@/lib/validation/parse';
import { apiTokenParamsSchema } from '@/lib/validation/api-token';
import { otherMethods } from '@/lib/http/route-methods';

export const DELETE = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor(request);
  assertCanManageApiTokens(actor);
  const { id } = parseInput(apiTokenParamsSchema, await params);
  return NextResponse.json(await revokeApiToken(actor, id));
});

export const { GET, POST, PUT, PATCH, HEAD, OPTIONS } = otherMethods('DELETE');
