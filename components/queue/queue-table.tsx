'use client';

import { functionalUpdate, useTable, type ColumnDef, type OnChangeFn, type RowSelectionState, type SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import { QUEUE_SORT_LABELS, type QueueQuery, type QueueSort } from '@/lib/domain/queue';
import type { BoardDensity } from '@/lib/domain/queue-density';
import type { BoardRow } from './board-rows';
import { queueFeatures, type QueueFeatures } from './queue-features';
import { useQueueNavigation } from './queue-navigation';
import { boardHref, changeQuery } from './queue-url';
import { SortHeader } from './sort-header';

interface QueueTableProps {
  rows: BoardRow[];
  density: BoardDensity;
  query: QueueQuery;
  columns: ColumnDef<QueueFeatures, BoardRow, unknown>[];
  rowSelection: RowSelectionState;
  onRowSelectionChange: OnChangeFn<RowSelectionState>;
}

const getRowId = (row: BoardRow) => row.ticketUuid;
// Every row the same height, with or without a "Tomar" button: 36 px compact (a screenful of tickets), 48 px comfortable.
const CELL_PADDING: Record<BoardDensity, string> = { COMPACT: 'h-9 py-1', COMFORTABLE: 'h-12 py-2' };
const defaultColumn = { enableSorting: false };

/** Rows keep the server's order: a sortable header changes the URL's `orden`/`dir` (back to page one) and the server re-sorts. */
export function QueueTable({ rows, density, query, columns, rowSelection, onRowSelectionChange }: QueueTableProps) {
  const { pending, go } = useQueueNavigation();
  const sorting = useMemo<SortingState>(() => [{ id: query.orden, desc: query.dir === 'desc' }], [query.orden, query.dir]);
  const onSortingChange: OnChangeFn<SortingState> = (updater) => {
    const next = functionalUpdate(updater, sorting)[0];
    if (next) go(boardHref(changeQuery(query, { orden: next.id as QueueSort, dir: next.desc ? 'desc' : 'asc' })));
  };
  const table = useTable({
    features: queueFeatures,
    columns,
    data: rows,
    defaultColumn,
    getRowId,
    state: { sorting, rowSelection },
    onSortingChange,
    onRowSelectionChange,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
  });

  return (
    <div role="region" aria-labelledby="queue-caption" tabIndex={0} className="relative hidden overflow-x-auto rounded-md border border-gray-300 bg-white md:block">
      <table aria-busy={pending || undefined} className={`w-full table-fixed border-collapse text-left text-sm transition-opacity ${pending ? 'opacity-60' : ''}`}>
        <caption id="queue-caption" className="sr-only">
          Tickets, ordenados por {QUEUE_SORT_LABELS[query.orden].toLowerCase()}, {query.dir === 'asc' ? 'ascendente' : 'descendente'}
        </caption>
        <thead className="bg-gray-100">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header}>
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </SortHeader>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              data-ticket-id={row.original.ticketUuid}
              data-ticket-label={row.original.ticketLabel}
              className={`border-t border-gray-200 ${row.getIsSelected() ? 'bg-blue-50' : 'hover:bg-gray-50'}`}
            >
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={`px-1.5 align-middle ${CELL_PADDING[density]} ${cell.column.columnDef.meta?.className ?? ''}`}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
