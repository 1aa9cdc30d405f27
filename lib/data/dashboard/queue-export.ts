import 'server-only';
import { db } from '@/lib/db';
import { listQueue, type QueuePage, type QueueRow } from '@/lib/data/ticket-queue';
import type { Actor } from '@/lib/domain/actor';
import { CSV_BOM, csvDateTime, csvRecord, type CsvSeparator, type CsvValue } from '@/lib/domain/csv';
import { ESTADO_INFO } from '@/lib/domain/estados';
import type { QueueQuery } from '@/lib/domain/queue';
import { SLA_ESTADO_INFO } from '@/lib/domain/sla-estados';
import { TIPO_INFO } from '@/lib/domain/tipos';
import { localDateOf } from '@/lib/domain/local-date';
import { loadSettings } from '@/lib/data/settings';
import { NO_EMAIL_TEXT } from '@/lib/domain/requester-email';

/** Large enough for few round trips, small enough in memory. */
export const EXPORT_PAGE_SIZE = 500;

/** Names the export reads besides the row: the zone of its dates and the priorities' names by code. */
interface ExportContext {
  timeZone: string;
  prioridades: ReadonlyMap<string, string>;
}

type Column = readonly [header: string, value: (row: QueueRow, context: ExportContext) => CsvValue];

// Names, not codes: the file is read by people in a spreadsheet (the API keeps the codes).
const COLUMNS: readonly Column[] = [
  ['Radicado', (r) => r.ticketLabel],
  ['Asunto', (r) => r.asunto],
  ['Solicitante', (r) => r.nombre],
  ['Correo electrónico', (r) => r.email ?? NO_EMAIL_TEXT],
  ['Tipo', (r) => TIPO_INFO[r.tipo].nombre],
  ['Categoría', (r) => r.categoria],
  ['Prioridad', (r, c) => c.prioridades.get(r.prioridad) ?? r.prioridad],
  ['Estado', (r) => ESTADO_INFO[r.estado].nombre],
  ['Área', (r) => r.areaAsignada],
  ['Asignado a', (r) => r.asignadoA?.nombre],
  ['Estado del SLA', (r) => SLA_ESTADO_INFO[r.slaEstado].nombre],
  ['Creado', (r, c) => csvDateTime(r.fechaCreacion, c.timeZone)],
  ['Actualizado', (r, c) => csvDateTime(r.fechaActualizacion, c.timeZone)],
  ['Fecha límite', (r, c) => csvDateTime(r.fechaLimiteSla, c.timeZone)],
  ['Etiquetas', (r) => r.etiquetas.join(', ')],
  ['Respuesta del solicitante', (r) => r.respuestaSolicitante],
];

function exportHeader(separator: CsvSeparator): string {
  return CSV_BOM + csvRecord(COLUMNS.map(([header]) => header), separator);
}

function exportRecord(row: QueueRow, context: ExportContext, separator: CsvSeparator): string {
  return csvRecord(COLUMNS.map(([, value]) => value(row, context)), separator);
}

/** Every priority, inactive ones too: an old ticket keeps the priority it was given. */
async function priorityNames(): Promise<Map<string, string>> {
  const rows = await db().priority.findMany({ select: { code: true, label: true } });
  return new Map(rows.map((p) => [p.code, p.label]));
}

export interface QueueExport {
  body: ReadableStream<Uint8Array>;
  fileName: string;
}

/** The first page is read before the stream is returned, so a bad query fails as a 4xx, not halfway through a download. */
export async function openQueueExport(actor: Actor, query: QueueQuery, separator: CsvSeparator = ','): Promise<QueueExport> {
  const base: QueueQuery = { ...query, cursor: null, tamano: EXPORT_PAGE_SIZE };
  const encoder = new TextEncoder();
  const [{ timeZone }, prioridades, first] = await Promise.all([loadSettings(), priorityNames(), listQueue(actor, base)]);
  const context: ExportContext = { timeZone, prioridades };
  let pending: QueuePage | null = first;
  let cursor: string | null = null;
  let head = exportHeader(separator);
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const page = pending ?? (await listQueue(actor, { ...base, cursor }));
        pending = null;
        controller.enqueue(encoder.encode(head + page.rows.map((row) => exportRecord(row, context, separator)).join('')));
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
