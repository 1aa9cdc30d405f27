'use client';

import { ESTADOS, ESTADO_INFO, type EstadoTicket } from '@/lib/domain/estados';
import type { QueueQuery } from '@/lib/domain/queue';
import { formatCount, totalOf, type CountLike } from './format';
import { QueueLink } from './queue-navigation';
import { boardHref, changeQuery } from './queue-url';

interface EstadoTabsProps {
  query: QueueQuery;
  counts: Record<EstadoTicket, CountLike>;
}

export function EstadoTabs({ query, counts }: EstadoTabsProps) {
  const current = query.estado.length === 1 ? query.estado[0] : query.estado.length === 0 ? 'TODOS' : null;
  const tabs: { id: EstadoTicket | 'TODOS'; nombre: string; count: CountLike; color?: string }[] = [
    { id: 'TODOS', nombre: 'Todos', count: totalOf(counts, []) },
    ...ESTADOS.map((e) => ({ id: e, nombre: ESTADO_INFO[e].nombre, count: counts[e], color: ESTADO_INFO[e].color })),
  ];
  return (
    <nav aria-label="Estados">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const selected = tab.id === current;
          const href = boardHref(changeQuery(query, { estado: tab.id === 'TODOS' ? [] : [tab.id] }));
          return (
            <li key={tab.id}>
              <QueueLink
                href={href}
                aria-current={selected ? 'page' : undefined}
                className={`inline-flex items-center gap-1 rounded-md border px-1.5 py-1 text-sm font-medium whitespace-nowrap ${
                  selected ? 'border-blue-800 bg-blue-50 text-blue-900 ring-1 ring-blue-800' : 'border-gray-300 bg-white text-gray-800 hover:border-gray-500 hover:text-gray-950'
                }`}
              >
                {tab.color && <span aria-hidden="true" className="size-2.5 rounded-full" style={{ backgroundColor: tab.color }} />}
                <span>{tab.nombre}</span>
                <span className="rounded-full bg-gray-200 px-1.5 text-xs font-semibold text-gray-900">
                  {formatCount(tab.count)}
                  <span className="sr-only"> {tab.count.count === 1 && !tab.count.capped ? 'ticket' : 'tickets'}</span>
                </span>
              </QueueLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
