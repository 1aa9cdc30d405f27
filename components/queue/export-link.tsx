import type { QueueQuery } from '@/lib/domain/queue';
import { queueQueryToSearchParams } from '@/lib/validation/queue';

/** Downloads the whole filtered queue as CSV (GET /api/tickets/exportar): a plain link, not a client navigation. */
export function ExportLink({ query }: { query: QueueQuery }) {
  const params = queueQueryToSearchParams({ ...query, cursor: null });
  const href = `/api/tickets/exportar${params.size > 0 ? `?${params}` : ''}`;
  return (
    <a
      href={href}
      download
      className="inline-flex items-center rounded-md border border-blue-800 px-3 py-1 text-sm font-medium whitespace-nowrap text-blue-800 hover:bg-blue-50"
    >
      Exportar CSV
    </a>
  );
}
