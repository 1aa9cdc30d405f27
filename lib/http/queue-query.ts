import { parseInput } from '@/lib/validation/parse';
import { queueQuerySchema, searchParamsToObject } from '@/lib/validation/queue';

/** The queue's query string, as GET /api/tickets and its CSV export read it; errors name the parameter. */
export function parseQueueQuery(request: Request) {
  return parseInput(queueQuerySchema, searchParamsToObject(new URL(request.url).searchParams), 'Parámetros inválidos en la consulta');
}
