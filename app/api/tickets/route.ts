import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/data/actor';
import { countByEstado } from '@/lib/data/queue-counts';
import { listQueue } from '@/lib/data/ticket-queue';
import { withErrors } from '@/lib/http/handler';
import { ValidationError, type FieldErrors } from '@/lib/errors';
import { queueQuerySchema, searchParamsToObject } from '@/lib/validation/queue';

/**
 * GET /api/tickets — the queue (SPEC §5, docs/queue.md): one page by keyset cursor with the
 * counts per state under the same filters, within the actor's scope. Staff session or Bearer token.
 */
export const GET = withErrors(async (request: Request) => {
  const actor = await requireActor(request);
  const query = parseQueueQuery(new URL(request.url).searchParams);
  const [page, conteos] = await Promise.all([listQueue(actor, query), countByEstado(actor, query)]);
  return NextResponse.json(
    { items: page.rows, nextCursor: page.nextCursor, prevCursor: page.prevCursor, conteos },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});

/** The query string as the schema reads it; errors name the parameter ("estado", not "estado.0"). */
function parseQueueQuery(params: URLSearchParams) {
  const parsed = queueQuerySchema.safeParse(searchParamsToObject(params));
  if (parsed.success) return parsed.data;
  const fields: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? '_');
    if (!fields[name]?.includes(issue.message)) (fields[name] ??= []).push(issue.message);
  }
  throw new ValidationError(`Parámetros inválidos en la consulta: ${Object.keys(fields).join(', ')}.`, fields);
}
