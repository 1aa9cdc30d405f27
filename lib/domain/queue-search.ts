/**
 * The queue's text search (docs/queue.md): the ticket's searchable text and the query are both
 * lower-cased and stripped of accents, so "Peña" finds "PENA" and "pena" finds "Peña".
 */
export function normaliseSearchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The searchable text of a ticket, without its label (the creation statement prepends it). */
export function ticketSearchText(parts: readonly (string | null | undefined)[]): string {
  return normaliseSearchText(parts.filter((p): p is string => !!p).join(' '));
}

const MAX_WORDS = 8;

/** The distinct words of a search, normalised, at most eight. */
export function searchWords(q: string): string[] {
  return [...new Set(normaliseSearchText(q).split(/\s+/).filter(Boolean))].slice(0, MAX_WORDS);
}

/**
 * LIKE patterns for a search: every word must appear somewhere (in any field, in any order).
 * LIKE's wildcards in the words are escaped, so they match themselves.
 */
export function searchPatterns(q: string): string[] {
  return searchWords(q).map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** Whether a trigram index can serve the search: some word has at least three characters. */
export function usesTrigramIndex(q: string): boolean {
  return searchWords(q).some((w) => w.length >= 3);
}
