import 'server-only';
import { listQueue, type QueuePage, type QueueRow } from '@/lib/data/ticket-queue';
import type { Actor } from '@/lib/domain/actor';
import { CSV_BOM, csvDateTime, csvRecord, type CsvValue } from '@/lib/domain/csv';
import { ESTADO_INFO } from '@/lib/domain/estados';
import type { QueueQuery } from '@/lib/domain/queue';
import { SLA_ESTADO_INFO } from '@/lib/domain/sla-estados';
import { TIPO_INFO } from '@/lib/domain/tipos';
import { TIME_ZONE } from '@/lib/format';

/** Rows read per keyset page while exporting: large enough for few round trips, small in memory. */
export const EXPORT_PAGE_SIZE = 500;

const COLUMNS: readonly [header: string, value: (row: QueueRow) => CsvValue][] = [
  ['Ticket', (r) => r.ticketLabel],
  ['Estado', (r) => ESTADO_INFO[r.estado].nombre],
  ['Tipo', (r) => TIPO_INFO[r.tipo].nombre],
  ['Prioridad', (r) => r.prioridad],
  ['Área', (r) => r.areaAsignada],
  ['Asignado a', (r) => r.asignadoA?.nombre],
  ['Nombre', (r) => r.nombre],
  ['Correo electrónico', (r) => r.email],
  ['Asunto', (r) => r.asunto],
  ['Categoría', (r) => r.categoria],
  ['Creado', (r) => csvDateTime(r.fechaCreacion, TIME_ZONE)],
  ['Actualizado', (r) => csvDateTime(r.fechaActualizacion, TIME_ZONE)],
  ['Límite SLA', (r) => csvDateTime(r.fechaLimiteSla, TIME_ZONE)],
  ['Estado SLA', (r) => SLA_ESTADO_INFO[r.slaEstado].nombre],
];

/** The CSV header record, with the byte-order mark Excel needs to read UTF-8. */
export function exportHeader(): string {
  return CSV_BOM + csvRecord(COLUMNS.map(([header]) => header));
}

/** One ticket as a CSV record (formula-safe, RFC 4180). */
export function exportRecord(row: QueueRow): string {
  return csvRecord(COLUMNS.map(([, value]) => value(row)));
}

/**
 * The whole filtered queue as a CSV stream, within the actor's scope. It walks the queue page by
 * page by keyset and writes each page as the reader asks for it, so an export of any size holds
 * one page in memory. The first page is read before the stream is returned: a bad query fails
 * as a 4xx, not halfway through a download. The query's cursor and page size are ignored.
 */
export async function openQueueExport(actor: Actor, query: QueueQuery): Promise<ReadableStream<Uint8Array>> {
  const base: QueueQuery = { ...query, cursor: null, tamano: EXPORT_PAGE_SIZE };
  const encoder = new TextEncoder();
  let pending: QueuePage | null = await listQueue(actor, base);
  let cursor: string | null = null;
  let head = exportHeader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const page = pending ?? (await listQueue(actor, { ...base, cursor }));
        pending = null;
        controller.enqueue(encoder.encode(head + page.rows.map(exportRecord).join('')));
        head = '';
        cursor = page.nextCursor;
        if (cursor === null) controller.close();
      },
    },
    // Read a page only when the previous one has been taken: memory stays at one page.
    { highWaterMark: 0 },
  );
}
