import type { QueueRow } from '@/lib/data/ticket-queue';
import { formatShortDateTime } from './format';

/** A queue row with its dates already written out on the server (the browser renders the same text). */
export interface BoardRow extends QueueRow {
  creadoTexto: string;
  actualizadoTexto: string;
  limiteTexto: string;
}

export function toBoardRows(rows: readonly QueueRow[]): BoardRow[] {
  return rows.map((r) => ({
    ...r,
    creadoTexto: formatShortDateTime(r.fechaCreacion),
    actualizadoTexto: formatShortDateTime(r.fechaActualizacion),
    limiteTexto: formatShortDateTime(r.fechaLimiteSla),
  }));
}
