import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/data/actor';
import { countByEstado } from '@/lib/data/queue-counts';
import { listQueue } from '@/lib/data/ticket-queue';
import { withErrors } from '@/lib/http/handler';
import { parseQueueQuery } from '@/lib/http/queue-query';
import { otherMethods } from '@/lib/http/route-methods';

/** The queue (docs/queue.md): one keyset page, and the counts per state under the same filters. */
export const GET = withErrors(async (request: Request) => {
  const actor = await requireActor(request);
  const query = parseQueueQuery(request);
  const [page, conteos] = await Promise.all([listQueue(actor, query), countByEstado(actor, query)]);
  return NextResponse.json(
    { items: page.rows, nextCursor: page.nextCursor, prevCursor: page.prevCursor, conteos },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
