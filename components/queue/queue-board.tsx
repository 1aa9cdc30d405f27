'use client';

import { functionalUpdate, type OnChangeFn, type RowSelectionState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { EstadoTicket } from '@/lib/domain/estados';
import type { QueueQuery } from '@/lib/domain/queue';
import type { BoardRow } from './board-rows';
import { BulkActions, type BulkSuccess, type BulkUser } from './bulk-actions';
import { BulkResults } from './bulk-results';
import { EstadoTabs } from './estado-tabs';
import type { CountLike } from './format';
import { getQueueColumns } from './queue-columns';
import { QueueEmpty } from './queue-empty';
import { QueueFilters, type FilterOptions } from './queue-filters';
import { QueueNavigationProvider } from './queue-navigation';
import { QueuePagination } from './queue-pagination';
import { QueuePresets } from './queue-presets';
import { QueueSearch } from './queue-search';
import { ExportLink } from './export-link';
import { KeyboardShortcuts } from './keyboard-shortcuts';
import { LiveUpdates } from './live-updates';
import { QueueSummary } from './queue-summary';
import { QueueTable } from './queue-table';

export interface QueueBoardProps {
  query: QueueQuery;
  rows: BoardRow[];
  nextCursor: string | null;
  prevCursor: string | null;
  counts: Record<EstadoTicket, CountLike>;
  filterOptions: FilterOptions;
  /** Present for MESA and ADMIN: the bulk operations' targets. */
  bulk: { areas: string[]; users: BulkUser[] } | null;
}

export function QueueBoard(props: QueueBoardProps) {
  return (
    <QueueNavigationProvider>
      <Board {...props} />
    </QueueNavigationProvider>
  );
}

function Board({ query, rows, nextCursor, prevCursor, counts, filterOptions, bulk }: QueueBoardProps) {
  const prioridades = useMemo(() => Object.fromEntries(filterOptions.prioridades.map((p) => [p.codigo, p.nombre])), [filterOptions.prioridades]);
  const columns = useMemo(() => getQueueColumns({ selectable: bulk !== null, prioridades }), [bulk, prioridades]);
  // The selection belongs to the page it was made on: another page (or a refreshed one) starts empty.
  const pageKey = rows.map((r) => `${r.ticketUuid}:${r.version}`).join(',');
  const [selection, setSelection] = useState<{ pageKey: string; rows: RowSelectionState }>({ pageKey, rows: {} });
  const rowSelection = selection.pageKey === pageKey ? selection.rows : {};
  const onRowSelectionChange: OnChangeFn<RowSelectionState> = (updater) =>
    setSelection({ pageKey, rows: functionalUpdate(updater, rowSelection) });
  const selectedIds = rows.filter((r) => rowSelection[r.ticketUuid]).map((r) => r.ticketUuid);
  const [result, setResult] = useState<BulkSuccess | null>(null);

  const onBulkDone = (done: BulkSuccess) => {
    setSelection({ pageKey, rows: {} });
    setResult(done);
  };

  return (
    <div className="space-y-5">
      <QueuePresets query={query} />
      <EstadoTabs query={query} counts={counts} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <QueueSearch query={query} />
        <div className="flex flex-wrap items-center gap-4">
          <QueueSummary query={query} counts={counts} shown={rows.length} />
          <ExportLink query={query} />
          <KeyboardShortcuts rows={rows} />
        </div>
      </div>
      <QueueFilters query={query} options={filterOptions} />
      {result && <BulkResults result={result} onClose={() => setResult(null)} />}
      {bulk && selectedIds.length > 0 && (
        <BulkActions selectedIds={selectedIds} areas={bulk.areas} users={bulk.users} onDone={onBulkDone} onClear={() => setSelection({ pageKey, rows: {} })} />
      )}
      {bulk && selectedIds.length === 0 && rows.length > 0 && (
        <p className="text-sm text-gray-700">Marque tickets en la tabla para asignarlos o transferirlos en bloque.</p>
      )}
      {rows.length > 0 ? (
        <QueueTable rows={rows} query={query} columns={columns} rowSelection={rowSelection} onRowSelectionChange={onRowSelectionChange} />
      ) : (
        <QueueEmpty query={query} />
      )}
      <QueuePagination query={query} nextCursor={nextCursor} prevCursor={prevCursor} />
      <LiveUpdates query={query} rows={rows} />
    </div>
  );
}
