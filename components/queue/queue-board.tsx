'use client';

import { functionalUpdate, type OnChangeFn, type RowSelectionState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { EstadoTicket } from '@/lib/domain/estados';
import type { QueuePreset, QueueQuery } from '@/lib/domain/queue';
import type { BoardDensity } from '@/lib/domain/queue-density';
import type { Rol } from '@/lib/domain/actor';
import type { TakeOptions } from './assignee-cell';
import { BoardDock } from './board-dock';
import type { BoardRow } from './board-rows';
import { BulkActions, type BulkSuccess, type BulkUser } from './bulk-actions';
import { BulkResults } from './bulk-results';
import { DensitySwitch } from './density-switch';
import { EstadoTabs } from './estado-tabs';
import { ExportLinks } from './export-links';
import type { CountLike } from './format';
import { QueueCards } from './queue-cards';
import { getQueueColumns } from './queue-columns';
import { QueueEmpty } from './queue-empty';
import { QueueFilters, type FilterOptions } from './queue-filters';
import { QueueNavigationProvider } from './queue-navigation';
import { QueuePagination } from './queue-pagination';
import { QueuePresets } from './queue-presets';
import { QueueSearch } from './queue-search';
import { KeyboardShortcuts } from './keyboard-shortcuts';
import { LiveUpdates } from './live-updates';
import { QueueSummary } from './queue-summary';
import { QueueTable } from './queue-table';
import type { TakeNotice } from './take-button';

export interface QueueBoardProps {
  query: QueueQuery;
  rows: BoardRow[];
  nextCursor: string | null;
  prevCursor: string | null;
  counts: Record<EstadoTicket, CountLike>;
  filterOptions: FilterOptions;
  /** The signed-in user's presets (lib/domain/queue.ts queuePresetsFor). */
  presets: readonly QueuePreset[];
  density: BoardDensity;
  /** Present for MESA and ADMIN: the bulk operations' targets. */
  bulk: { areas: string[]; users: BulkUser[] } | null;
  /** Present where the role may asignar: "Tomar" assigns to this user. */
  taker: { role: Rol; userId: string } | null;
}

export function QueueBoard(props: QueueBoardProps) {
  return (
    <QueueNavigationProvider>
      <Board {...props} />
    </QueueNavigationProvider>
  );
}

function Board({ query, rows, nextCursor, prevCursor, counts, filterOptions, presets, density: savedDensity, bulk, taker }: QueueBoardProps) {
  const [density, setDensity] = useState(savedDensity);
  const [notice, setNotice] = useState<TakeNotice | null>(null);
  const take = useMemo<TakeOptions | null>(() => (taker ? { ...taker, onResult: setNotice } : null), [taker]);
  const prioridades = useMemo(() => Object.fromEntries(filterOptions.prioridades.map((p) => [p.codigo, p.nombre])), [filterOptions.prioridades]);
  const columns = useMemo(() => getQueueColumns({ selectable: bulk !== null, prioridades, take }), [bulk, prioridades, take]);
  // The selection belongs to the page it was made on: another page (or a refreshed one) starts empty.
  const pageKey = rows.map((r) => `${r.ticketUuid}:${r.version}`).join(',');
  const [selection, setSelection] = useState<{ pageKey: string; rows: RowSelectionState }>({ pageKey, rows: {} });
  const rowSelection = selection.pageKey === pageKey ? selection.rows : {};
  const onRowSelectionChange: OnChangeFn<RowSelectionState> = (updater) =>
    setSelection({ pageKey, rows: functionalUpdate(updater, rowSelection) });
  const selectedIds = rows.filter((r) => rowSelection[r.ticketUuid]).map((r) => r.ticketUuid);
  const [result, setResult] = useState<BulkSuccess | null>(null);
  const clearSelection = () => setSelection({ pageKey, rows: {} });

  const onBulkDone = (done: BulkSuccess) => {
    clearSelection();
    setResult(done);
  };
  const cardSelection = bulk
    ? { isSelected: (id: string) => Boolean(rowSelection[id]), toggle: (id: string) => onRowSelectionChange((s) => toggled(s, id)) }
    : null;
  const docked =
    bulk && selectedIds.length > 0 ? (
      <BulkActions selectedIds={selectedIds} areas={bulk.areas} users={bulk.users} onDone={onBulkDone} onClear={clearSelection} />
    ) : result ? (
      <BulkResults result={result} onClose={() => setResult(null)} />
    ) : null;

  return (
    <div className="space-y-3">
      <div className="relative flex flex-wrap items-center gap-x-4 gap-y-2">
        <h1 className="text-2xl font-bold">Tablero</h1>
        <QueuePresets query={query} presets={presets} />
        <div className="flex w-full flex-wrap items-center gap-2 sm:w-auto lg:ml-auto">
          <QueueSearch query={query} />
          <QueueFilters query={query} options={filterOptions} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <EstadoTabs query={query} counts={counts} />
        <div className="lg:ml-auto">
          <DensitySwitch density={density} onChange={setDensity} />
        </div>
      </div>
      {rows.length > 0 ? (
        <>
          <QueueTable rows={rows} density={density} query={query} columns={columns} rowSelection={rowSelection} onRowSelectionChange={onRowSelectionChange} />
          <QueueCards rows={rows} prioridades={prioridades} take={take} selection={cardSelection} />
        </>
      ) : (
        <QueueEmpty query={query} />
      )}
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <QueueSummary query={query} counts={counts} shown={rows.length} />
          <ExportLinks query={query} />
          <KeyboardShortcuts rows={rows} />
        </div>
        <QueuePagination query={query} nextCursor={nextCursor} prevCursor={prevCursor} />
      </div>
      {/* Room to scroll the last rows out from under the dock. */}
      {docked && <div aria-hidden="true" className="h-64 md:h-36" />}
      <BoardDock notice={notice} onCloseNotice={() => setNotice(null)}>
        {docked}
      </BoardDock>
      <LiveUpdates query={query} rows={rows} />
    </div>
  );
}

function toggled(selection: RowSelectionState, id: string): RowSelectionState {
  const { [id]: was, ...rest } = selection;
  return was ? rest : { ...selection, [id]: true };
}
