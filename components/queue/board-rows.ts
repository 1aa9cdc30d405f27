import type { QueueRow } from '@/lib/data/ticket-queue';
import { formatDayAndTime, formatShortDateTime } from './format';

/** A queue row with its dates already written out on the server (the browser renders the same text). */
export interface BoardRow extends QueueRow {
  creadoTexto: string;
  /** With the year: the tooltip of the row's date. */
  creadoCompleto: string;
  limiteTexto: string;
}

export function toBoardRows(rows: readonly QueueRow[]): BoardRow[] {
  return rows.map((r) => ({
    ...r,
    creadoTexto: formatDayAndTime(r.fechaCreacion),
    creadoCompleto: formatShortDateTime(r.fechaCreacion),
    limiteTexto: formatShortDateTime(r.fechaLimiteSla),
  }));
}
