import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/data/actor';
import { countTicketChanges } from '@/lib/data/ticket-changes';
import { withErrors } from '@/lib/http/handler';
import { parseTicketChangesQuery } from '@/lib/validation/ticket-changes';
import { otherMethods } from '@/lib/http/route-methods';

/** The live board's question: what changed under these filters since `desde` (docs/queue.md). */
export const GET = withErrors(async (request: Request) => {
  const actor = await requireActor(request);
  const { desde, filters } = parseTicketChangesQuery(new URL(request.url).searchParams);
  return NextResponse.json(await countTicketChanges(actor, filters, desde), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
