import { requireActor } from '@/lib/data/actor';
import { openQueueExport } from '@/lib/data/dashboard/queue-export';
import { withErrors } from '@/lib/http/handler';
import { parseExportSeparator, parseQueueQuery } from '@/lib/http/queue-query';
import { otherMethods } from '@/lib/http/route-methods';

/** The board's filtered queue as CSV, streamed page by page (docs/dashboard.md). */
export const GET = withErrors(async (request: Request) => {
  const actor = await requireActor(request);
  const query = parseQueueQuery(request);
  const separator = parseExportSeparator(request);
  const { body, fileName } = await openQueueExport(actor, query, separator);
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      // Staff data: never kept by a shared cache, never sniffed into something else.
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
