'use client';

import { PAGE_SIZES, type QueueQuery } from '@/lib/domain/queue';
import { buttonClasses } from '@/components/ui/button';
import { Select } from '@/components/ui/form-controls';
import { QueueLink, useQueueNavigation } from './queue-navigation';
import { boardHref, changeQuery } from './queue-url';

// A page that does not exist: shown where its link would be, visibly off, not focusable.
const DISABLED = 'inline-flex min-h-11 cursor-not-allowed items-center rounded-md border border-dashed border-gray-500 bg-gray-100 px-4 py-2 font-semibold text-gray-700';

interface QueuePaginationProps {
  query: QueueQuery;
  nextCursor: string | null;
  prevCursor: string | null;
}

export function QueuePagination({ query, nextCursor, prevCursor }: QueuePaginationProps) {
  const pages = [
    { rel: 'prev', label: 'Anterior', href: prevCursor ? boardHref({ ...query, cursor: prevCursor }) : null },
    { rel: 'next', label: 'Siguiente', href: nextCursor ? boardHref({ ...query, cursor: nextCursor }) : null },
  ] as const;
  return (
    <nav aria-label="Paginación" className="flex flex-wrap items-center gap-x-6 gap-y-3">
      <ul className="flex gap-3">
        {pages.map((p) => (
          <li key={p.rel}>
            {p.href ? (
              <QueueLink href={p.href} rel={p.rel} className={buttonClasses('secondary')}>
                {p.label}
              </QueueLink>
            ) : (
              <span aria-disabled="true" className={DISABLED}>
                {p.label}
              </span>
            )}
          </li>
        ))}
      </ul>
      <PageSizeSelect query={query} />
    </nav>
  );
}

function PageSizeSelect({ query }: { query: QueueQuery }) {
  const { go } = useQueueNavigation();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="queue-tamano" className="font-medium whitespace-nowrap text-gray-900">
        Tickets por página
      </label>
      <Select
        id="queue-tamano"
        className="w-24"
        value={query.tamano}
        onChange={(e) => go(boardHref(changeQuery(query, { tamano: Number(e.target.value) })))}
      >
        {PAGE_SIZES.map((n) => (
          <option key={n} value={n}>{n}</option>
        ))}
      </Select>
    </div>
  );
}
