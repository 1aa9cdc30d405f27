/** Both the ticket's text and the query go through this, so "Peña" finds "PENA" and "pena" finds "Peña". */
export function normaliseSearchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Without the label: the creation statement prepends it. */
export function ticketSearchText(parts: readonly (string | null | undefined)[]): string {
  return normaliseSearchText(parts.filter((p): p is string => !!p).join(' '));
}

const MAX_WORDS = 8;

export function searchWords(q: string): string[] {
  return [...new Set(normaliseSearchText(q).split(/\s+/).filter(Boolean))].slice(0, MAX_WORDS);
}

/** Every word must appear in some field, in any order; LIKE wildcards in the words match themselves. */
export function searchPatterns(q: string): string[] {
  return searchWords(q).map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

export function usesTrigramIndex(q: string): boolean {
  return searchWords(q).some((w) => w.length >= 3);
}
