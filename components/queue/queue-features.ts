import { rowSelectionFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';

export interface QueueColumnMeta {
  /** The column's name for screen readers when its header shows something else. */
  label?: string;
  className?: string;
}

// The server sorts, filters and pages: sorting is registered only for its header state (manualSorting),
// and no filtering or pagination row model, so the table renders exactly the page it is given.
export const queueFeatures = tableFeatures({ rowSortingFeature, rowSelectionFeature, columnMeta: {} as QueueColumnMeta });
export type QueueFeatures = typeof queueFeatures;
