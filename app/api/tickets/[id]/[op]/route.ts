import { NextResponse } from 'next/server';
import { getConfig } from '@/lib/config';
import { requireActor } from '@/lib/data/actor';
import { applyOperation } from '@/lib/data/apply-operation';
import { withErrors } from '@/lib/http/handler';
import { readJsonObject } from '@/lib/http/json-body';

/** POST /api/tickets/{ticketUuid}/{op} — the operations of SPEC §3. */
export const POST = withErrors(async (request: Request, { params }: { params: Promise<{ id: string; op: string }> }) => {
  const actor = await requireActor(request);
  const { id, op } = await params;
  const ticket = await applyOperation(actor, id, op, () => readOptionalJson(request));
  return NextResponse.json(ticket);
});

/** Operations whose fields are all optional (reabrir) may come without a body. */
async function readOptionalJson(request: Request): Promise<unknown> {
  if (request.headers.get('content-length') === '0' || (!request.body && !request.headers.get('content-type'))) return {};
  return readJsonObject(request, getConfig().MAX_BODY_BYTES);
}
