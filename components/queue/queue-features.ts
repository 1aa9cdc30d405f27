import { rowSelectionFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';

/** What a column of the board may say about its header and cells. */
export interface QueueColumnMeta {
  /** The column's name for screen readers when its header shows something else. */
  label?: string;
  className?: string;
}

/**
 * The board's table features. The server sorts, filters and pages (manualSorting; no filtering or
 * pagination row model is registered), so the table renders exactly the page it is given. Sorting
 * is registered for its header state and toggles; selection for the bulk operations.
 */
export const queueFeatures = tableFeatures({ rowSortingFeature, rowSelectionFeature, columnMeta: {} as QueueColumnMeta });
export type QueueFeatures = typeof queueFeatures;
