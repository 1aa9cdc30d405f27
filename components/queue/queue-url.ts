import { EMPTY_FILTERS, presetQuery, type QueueFilters, type QueuePreset, type QueueQuery } from '@/lib/domain/queue';
import { queueQueryToSearchParams } from '@/lib/validation/queue';

export const BOARD_PATH = '/panel';

/** The board's URL for a query: only what differs from the default, so a view can be bookmarked. */
export function boardHref(query: Partial<QueueQuery>): string {
  const search = queueQueryToSearchParams(query).toString();
  return search ? `${BOARD_PATH}?${search}` : BOARD_PATH;
}

/** The query after a change of filters, sort or page size: always back to the first page. */
export function changeQuery(query: QueueQuery, patch: Partial<QueueQuery>): QueueQuery {
  return { ...query, ...patch, cursor: null };
}

/** The filters of a query (what the state counts are computed under). */
export function filtersOf(query: QueueQuery): QueueFilters {
  const out = { ...EMPTY_FILTERS } as QueueFilters;
  for (const key of Object.keys(EMPTY_FILTERS) as (keyof QueueFilters)[]) (out as unknown as Record<string, unknown>)[key] = query[key];
  return out;
}

/** The query a preset stands for, keeping the page size the person chose. */
export function presetView(preset: QueuePreset, current: QueueQuery): QueueQuery {
  return { ...presetQuery(preset), tamano: current.tamano };
}

/** The preset among `presets` the query is showing (any page, and a search within it still counts), if any. */
export function activePreset(query: QueueQuery, presets: readonly QueuePreset[]): QueuePreset | null {
  const key = queueQueryToSearchParams({ ...query, cursor: null, q: null }).toString();
  return presets.find((p) => queueQueryToSearchParams(presetView(p, query)).toString() === key) ?? null;
}

/** How many filters of the filter panel are set (estado and the search have their own controls). */
export function panelFilterCount(query: QueueQuery): number {
  const lists = [query.tipo, query.prioridad, query.area, query.slaEstado, query.etiqueta].filter((l) => l.length > 0).length;
  return lists + [query.asignadoA, query.desde, query.hasta, query.respuesta].filter((v) => v !== null).length;
}

export function hasFilters(query: QueueQuery): boolean {
  return panelFilterCount(query) > 0 || query.estado.length > 0 || query.q !== null;
}
