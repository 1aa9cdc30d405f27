'use client';

import type { EstadoTicket } from '@/lib/domain/estados';
import type { QueueQuery } from '@/lib/domain/queue';
import { formatCount, ticketsText, totalOf, type CountLike } from './format';
import { useQueueNavigation } from './queue-navigation';

interface QueueSummaryProps {
  query: QueueQuery;
  counts: Record<EstadoTicket, CountLike>;
  shown: number;
}

/** How many tickets the view holds and shows, announced politely when it changes or loads. */
export function QueueSummary({ query, counts, shown }: QueueSummaryProps) {
  const { pending } = useQueueNavigation();
  const total = totalOf(counts, query.estado);
  const text = pending
    ? 'Cargando tickets…'
    : shown === 0
      ? 'No hay tickets con estos filtros.'
      : `Mostrando ${ticketsText(shown)} de ${formatCount(total)}.`;
  return (
    <p role="status" className="text-sm font-medium text-gray-800">
      {text}
    </p>
  );
}
