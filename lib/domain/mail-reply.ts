/**
 * The new text of a mail reply without the history the client quoted under it (docs/email.md):
 * Outlook's "Mensaje original" separator or its "De: … Enviado: …" block, a trailing `>`-quoted
 * block with its attribution line ("El … escribió:", "On … wrote:"), and the signature after "-- ".
 * Quotes interleaved with new text stay: only what trails the new text is history.
 */
export function stripQuotedReply(text: string): string {
  const original = text.replace(/\r\n?/g, '\n');
  let lines = original.split('\n');
  const history = historyStart(lines);
  if (history !== -1) lines = lines.slice(0, history);
  lines = withoutTrailingQuote(lines);
  const signature = lines.findIndex((line) => SIGNATURE.test(line));
  if (signature !== -1) lines = lines.slice(0, signature);
  const kept = lines.join('\n').trim();
  return kept === '' ? original.trim() : kept;
}

const SIGNATURE = /^-- ?$/;
const ORIGINAL_MESSAGE = /^\s*-{3,}\s*(mensaje original|original message)\s*-{3,}\s*$/i;
const UNDERSCORES = /^\s*_{10,}\s*$/;
const FROM_FIELD = /^\s*\*?(de|from)\s*:\*?\s*\S/i;
const HEADER_FIELD = /^\s*\*?(enviado|sent|fecha|date|para|to|cc|asunto|subject)\s*:/i;
const QUOTED = /^\s*>/;
const ATTRIBUTION_START = /^\s*(el|on)\s/i;
const ATTRIBUTION_END = /(escribió|wrote)\s*:\s*$/i;
// Gmail wraps a long attribution line, so it may take up to three lines.
const ATTRIBUTION_LINES = 3;

/** Where the history of an Outlook-style reply starts, or -1: what follows it is never new text. */
function historyStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ORIGINAL_MESSAGE.test(line)) return i;
    if (UNDERSCORES.test(line) && isHeaderBlock(lines, nextNonBlank(lines, i + 1))) return i;
    if (isHeaderBlock(lines, i)) return i;
  }
  return -1;
}

/** "De: …" followed closely by at least two of Enviado/Para/Asunto (or their English names). */
function isHeaderBlock(lines: readonly string[], start: number): boolean {
  if (start < 0 || start >= lines.length || !FROM_FIELD.test(lines[start]!)) return false;
  const following = lines.slice(start + 1, start + 6).filter((line) => HEADER_FIELD.test(line));
  return following.length >= 2;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]!.trim() !== '') return i;
  return -1;
}

/** Drops the trailing `>`-quoted block and, right above it, the attribution line that introduced it. */
function withoutTrailingQuote(lines: readonly string[]): string[] {
  let end = lines.length;
  let quoted = false;
  while (end > 0 && (lines[end - 1]!.trim() === '' || QUOTED.test(lines[end - 1]!))) {
    if (QUOTED.test(lines[end - 1]!)) quoted = true;
    end--;
  }
  if (!quoted) return [...lines];
  const kept = lines.slice(0, end);
  const last = kept.length - 1;
  if (last >= 0 && ATTRIBUTION_END.test(kept[last]!)) {
    for (let i = last; i >= Math.max(0, last - ATTRIBUTION_LINES + 1); i--) {
      if (ATTRIBUTION_START.test(kept[i]!)) return kept.slice(0, i);
      if (i < last && kept[i]!.trim() === '') break;
    }
  }
  return kept;
}
