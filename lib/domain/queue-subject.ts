/** How much of the description the queue reads to find its first line: enough for a row or a card. */
export const SUBJECT_SOURCE_CHARS = 300;

const MAX_SUBJECT_CHARS = 200;

/**
 * What a ticket is about in one line: its asunto, or, without one, the first line of its
 * description (cut at 200 characters), so no row reads "Sin asunto".
 */
export function ticketSubject(asunto: string | null, descripcion: string): string {
  const given = asunto?.trim();
  if (given) return given;
  const line = descripcion.split(/\r\n|\r|\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  return line.length > MAX_SUBJECT_CHARS ? `${line.slice(0, MAX_SUBJECT_CHARS - 1).trimEnd()}…` : line;
}
