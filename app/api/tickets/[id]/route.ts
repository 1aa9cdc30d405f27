import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/data/actor';
import { assertTicketId, getTicketDetail } from '@/lib/data/ticket-detail';
import { withErrors } from '@/lib/http/handler';
import { otherMethods } from '@/lib/http/route-methods';

export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireActor(request);
  const { id } = await params;
  assertTicketId(id);
  return NextResponse.json(await getTicketDetail(actor, { id }));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
