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
      <ul className="flex flex-wrap gap-x-1 gap-y-2 border-b border-gray-300">
        {tabs.map((tab) => {
          const selected = tab.id === current;
          const href = boardHref(changeQuery(query, { estado: tab.id === 'TODOS' ? [] : [tab.id] }));
          return (
            <li key={tab.id}>
              <QueueLink
                href={href}
                aria-current={selected ? 'page' : undefined}
                className={`-mb-px inline-flex min-h-11 items-center gap-2 rounded-t-md border-b-4 px-3 py-2 font-medium ${
                  selected ? 'border-blue-800 text-blue-900' : 'border-transparent text-gray-800 hover:border-gray-400 hover:text-gray-950'
                }`}
              >
                {tab.color && <span aria-hidden="true" className="size-3 rounded-full" style={{ backgroundColor: tab.color }} />}
                <span>{tab.nombre}</span>
                <span className="rounded-full bg-gray-200 px-2 text-sm font-semibold text-gray-900">
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
