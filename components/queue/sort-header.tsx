'use client';

import type { Header } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { BoardRow } from './board-rows';
import type { QueueFeatures } from './queue-features';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const ARROW = { asc: '▲', desc: '▼' } as const;

/** A column header; a sortable one is a button and says how the column is sorted (aria-sort). */
export function SortHeader({ header, children }: { header: Header<QueueFeatures, BoardRow, unknown>; children: ReactNode }) {
  const meta = header.column.columnDef.meta;
  const base = `px-1.5 py-1 text-sm font-semibold whitespace-nowrap text-gray-900 ${meta?.className ?? ''}`;
  if (!header.column.getCanSort()) {
    return (
      <th scope="col" className={base}>
        {children}
      </th>
    );
  }
  const sorted = header.column.getIsSorted();
  const next = header.column.getNextSortingOrder();
  return (
    <th scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : 'none'} className={base}>
      <button
        type="button"
        onClick={header.column.getToggleSortingHandler()}
        title={`Ordenar ${next === 'asc' ? 'de menor a mayor' : 'de mayor a menor'}`}
        className="-mx-1 inline-flex min-h-8 items-center gap-1 rounded px-1 text-left font-semibold text-gray-900 hover:bg-gray-200"
      >
        {children}
        {meta?.label && <span className="sr-only"> ({meta.label})</span>}
        <span aria-hidden="true" className={sorted ? 'text-blue-800' : 'text-gray-600'}>
          {sorted ? ARROW[sorted] : '↕'}
        </span>
      </button>
    </th>
  );
}
