'use client';

import type { QueueQuery } from '@/lib/domain/queue';
import { QueueLink } from './queue-navigation';
import { BOARD_PATH, boardHref, hasFilters } from './queue-url';

export function QueueEmpty({ query }: { query: QueueQuery }) {
  const filtered = hasFilters(query);
  return (
    <div className="rounded-md border border-dashed border-gray-500 bg-white px-6 py-10 text-center">
      <p className="text-lg font-semibold text-gray-900">
        {filtered ? 'No hay tickets con estos filtros' : query.cursor ? 'No hay más tickets' : 'No hay tickets todavía'}
      </p>
      {filtered && (
        <p className="mt-3">
          <QueueLink href={boardHref({ orden: query.orden, dir: query.dir, tamano: query.tamano })} className="font-medium text-blue-800 underline underline-offset-4">
            Quitar todos los filtros
          </QueueLink>
        </p>
      )}
      {!filtered && query.cursor && (
        <p className="mt-3">
          <QueueLink href={BOARD_PATH} className="font-medium text-blue-800 underline underline-offset-4">Volver a la primera página</QueueLink>
        </p>
      )}
    </div>
  );
}
