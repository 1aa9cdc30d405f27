import { z } from 'zod';
import type { QueueFilters } from '@/lib/domain/queue';
import { ValidationError } from '@/lib/errors';
import { fieldErrorsOf } from '@/lib/validation/parse';
import { queueQuerySchema, searchParamsToObject, type SearchParamsInput } from '@/lib/validation/queue';

/** What GET /api/tickets/cambios asks: the changes since an instant, under the board's filters (docs/queue.md). */
export interface TicketChangesQuery {
  /** null: only the server's clock is wanted, the board's starting point. */
  desde: Date | null;
  filters: QueueFilters;
}

const instantSchema = z
  .string()
  .optional()
  .transform((s) => (s?.trim() ? s.trim() : null))
  .refine((s) => s === null || z.iso.datetime({ offset: true }).safeParse(s).success, {
    message: 'desde debe ser una fecha y hora ISO 8601 con zona (p. ej. 2026-11-23T14:05:00.000Z).',
  })
  .transform((s) => (s === null ? null : new Date(s)));

/**
 * `desde` is an instant here; the board's creation-date range (its own `desde`/`hasta`) is not
 * applied, so the rest of the query string is the board's URL as it is.
 */
export function parseTicketChangesQuery(params: SearchParamsInput): TicketChangesQuery {
  const raw = searchParamsToObject(params);
  const since = instantSchema.safeParse(raw.desde);
  const board = queueQuerySchema.safeParse({ ...raw, desde: undefined, hasta: undefined });
  if (since.success && board.success) {
    // The sort and the page parse, and are ignored.
    return { desde: since.data, filters: board.data };
  }
  const issues = [
    ...(since.error?.issues.map((issue) => ({ ...issue, path: ['desde'] })) ?? []),
    ...(board.error?.issues ?? []),
  ];
  throw ValidationError.naming(fieldErrorsOf(issues), 'Parámetros inválidos en la consulta');
}
