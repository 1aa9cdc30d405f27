import 'server-only';
import { listQueue, type QueuePage, type QueueRow } from '@/lib/data/ticket-queue';
import type { Actor } from '@/lib/domain/actor';
import { CSV_BOM, csvDateTime, csvRecord, type CsvValue } from '@/lib/domain/csv';
import { ESTADO_INFO } from '@/lib/domain/estados';
import type { QueueQuery } from '@/lib/domain/queue';
import { SLA_ESTADO_INFO } from '@/lib/domain/sla-estados';
import { TIPO_INFO } from '@/lib/domain/tipos';
import { localDateOf } from '@/lib/domain/local-date';
import { loadSettings } from '@/lib/data/settings';
import { NO_EMAIL_TEXT } from '@/lib/domain/requester-email';

/** Large enough for few round trips, small enough in memory. */
export const EXPORT_PAGE_SIZE = 500;

type Column = readonly [header: string, value: (row: QueueRow, timeZone: string) => CsvValue];

const COLUMNS: readonly Column[] = [
  ['Ticket', (r) => r.ticketLabel],
  ['Estado', (r) => ESTADO_INFO[r.estado].nombre],
  ['Tipo', (r) => TIPO_INFO[r.tipo].nombre],
  ['Prioridad', (r) => r.prioridad],
  ['Área', (r) => r.areaAsignada],
  ['Asignado a', (r) => r.asignadoA?.nombre],
  ['Nombre', (r) => r.nombre],
  ['Correo electrónico', (r) => r.email ?? NO_EMAIL_TEXT],
  ['Asunto', (r) => r.asunto],
  ['Categoría', (r) => r.categoria],
  ['Creado', (r, zone) => csvDateTime(r.fechaCreacion, zone)],
  ['Actualizado', (r, zone) => csvDateTime(r.fechaActualizacion, zone)],
  ['Límite SLA', (r, zone) => csvDateTime(r.fechaLimiteSla, zone)],
  ['Estado SLA', (r) => SLA_ESTADO_INFO[r.slaEstado].nombre],
  ['Etiquetas', (r) => r.etiquetas.join(', ')],
  ['Respuesta del solicitante', (r) => (r.respuestaSolicitante ? 'Sí' : 'No')],
];

function exportHeader(): string {
  return CSV_BOM + csvRecord(COLUMNS.map(([header]) => header));
}

function exportRecord(row: QueueRow, timeZone: string): string {
  return csvRecord(COLUMNS.map(([, value]) => value(row, timeZone)));
}

export interface QueueExport {
  body: ReadableStream<Uint8Array>;
  fileName: string;
}

/** The first page is read before the stream is returned, so a bad query fails as a 4xx, not halfway through a download. */
export async function openQueueExport(actor: Actor, query: QueueQuery): Promise<QueueExport> {
  const base: QueueQuery = { ...query, cursor: null, tamano: EXPORT_PAGE_SIZE };
  const encoder = new TextEncoder();
  const [{ timeZone }, first] = await Promise.all([loadSettings(), listQueue(actor, base)]);
  let pending: QueuePage | null = first;
  let cursor: string | null = null;
  let head = exportHeader();
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const page = pending ?? (await listQueue(actor, { ...base, cursor }));
        pending = null;
        controller.enqueue(encoder.encode(head + page.rows.map((row) => exportRecord(row, timeZone)).join('')));
        head = '';
        cursor = page.nextCursor;
        if (cursor === null) controller.close();
      },
    },
    // Read a page only when the previous one has been taken: memory stays at one page.
    { highWaterMark: 0 },
  );
  return { body, fileName: `tickets-${localDateOf(Date.now(), timeZone)}.csv` };
}
