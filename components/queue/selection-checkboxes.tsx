'use client';

import type { Row, Table } from '@tanstack/react-table';
import type { BoardRow } from './board-rows';
import type { QueueFeatures } from './queue-features';

const BOX = 'size-4 rounded border-gray-500 align-middle accent-blue-700';

/** Selects or clears every ticket of the page; "mixed" when only some are selected. */
export function SelectAllCheckbox({ table }: { table: Table<QueueFeatures, BoardRow> }) {
  const all = table.getIsAllPageRowsSelected();
  const some = table.getIsSomePageRowsSelected();
  return (
    <input
      type="checkbox"
      className={BOX}
      aria-label="Seleccionar todos los tickets de esta página"
      checked={all}
      ref={(el) => {
        if (el) el.indeterminate = some && !all;
      }}
      onChange={table.getToggleAllPageRowsSelectedHandler()}
    />
  );
}

export function SelectRowCheckbox({ row }: { row: Row<QueueFeatures, BoardRow> }) {
  return (
    <input
      type="checkbox"
      className={BOX}
      aria-label={`Seleccionar ${row.original.ticketLabel}`}
      checked={row.getIsSelected()}
      disabled={!row.getCanSelect()}
      onChange={row.getToggleSelectedHandler()}
    />
  );
}
