import type { QueueQuery } from '@/lib/domain/queue';
import { queueQueryToSearchParams } from '@/lib/validation/queue';

const LINK_CLASSES =
  'inline-flex items-center rounded-md border border-blue-800 px-3 py-1 text-sm font-medium whitespace-nowrap text-blue-800 hover:bg-blue-50';

/**
 * Downloads the whole filtered queue as CSV (GET /api/tickets/exportar): plain links, not client
 * navigations. The second separates with ";", as Excel expects where the decimal mark is a comma.
 */
export function ExportLinks({ query }: { query: QueueQuery }) {
  const params = queueQueryToSearchParams({ ...query, cursor: null });
  const href = `/api/tickets/exportar${params.size > 0 ? `?${params}` : ''}`;
  const excel = new URLSearchParams(params);
  excel.set('separador', 'punto-y-coma');
  return (
    <>
      <a href={href} download className={LINK_CLASSES}>
        Exportar CSV
      </a>
      <a href={`/api/tickets/exportar?${excel}`} download className={LINK_CLASSES} title="Separado por punto y coma, como lo abre Excel en español">
        CSV para Excel
      </a>
    </>
  );
}
