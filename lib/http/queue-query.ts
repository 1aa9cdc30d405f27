import { parseInput } from '@/lib/validation/parse';
import { queueQuerySchema, searchParamsToObject } from '@/lib/validation/queue';

export function parseQueueQuery(request: Request) {
  return parseInput(queueQuerySchema, searchParamsToObject(new URL(request.url).searchParams), 'Parámetros inválidos en la consulta');
}
