import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/data/actor';
import { getTicketVersion } from '@/lib/data/ticket-changes';
import { assertTicketId } from '@/lib/data/ticket-detail';
import { withErrors } from '@/lib/http/handler';
import { otherMethods } from '@/lib/http/route-methods';

/** The ticket's version and last change, polled by its open detail page (docs/queue.md). */
export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor(request);
  const { id } = await params;
  assertTicketId(id);
  return NextResponse.json(await getTicketVersion(actor, id), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
