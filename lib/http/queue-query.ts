import { exportSeparatorSchema } from '@/lib/validation/export';
import { parseInput } from '@/lib/validation/parse';
import { queueQuerySchema, searchParamsToObject } from '@/lib/validation/queue';

const INVALID_QUERY = 'Parámetros inválidos en la consulta';

export function parseQueueQuery(request: Request) {
  return parseInput(queueQuerySchema, searchParamsToObject(new URL(request.url).searchParams), INVALID_QUERY);
}

/** The CSV export's own parameter, beside the board's query. */
export function parseExportSeparator(request: Request) {
  const separador = new URL(request.url).searchParams.get('separador') ?? undefined;
  return parseInput(exportSeparatorSchema, { separador }, INVALID_QUERY).separador;
}
