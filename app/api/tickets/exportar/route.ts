import { requireActor } from '@/lib/data/actor';
import { openQueueExport } from '@/lib/data/dashboard/queue-export';
import { localDateOf } from '@/lib/domain/local-date';
import { TIME_ZONE } from '@/lib/format';
import { withErrors } from '@/lib/http/handler';
import { parseQueueQuery } from '@/lib/http/queue-query';

/**
 * GET /api/tickets/exportar?<the board's query> — the filtered queue as CSV (issue 5), staff only
 * (session or API token) and within the actor's scope, streamed page by page.
 */
export const GET = withErrors(async (request: Request) => {
  const actor = await requireActor(request);
  const query = parseQueueQuery(request);
  const body = await openQueueExport(actor, query);
  const today = localDateOf(Date.now(), TIME_ZONE);
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="tickets-${today}.csv"`,
      // Staff data: never kept by a shared cache, never sniffed into something else.
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
