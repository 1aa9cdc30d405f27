export type TextSegment = { kind: 'text'; text: string } | { kind: 'url'; text: string; href: string };

// Only http(s), and only where a word does not run into it ("xhttp://" is text).
const URL_CANDIDATE = /(?<![\p{L}\p{N}_])https?:\/\/[^\s<>"]+/giu;
const TRAILING = /[.,;:!?'"*)\]}]$/;
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const count = (text: string, char: string) => text.split(char).length - 1;

// Sentence punctuation after a link is not part of it; a closing bracket is, when the link opened it
// ("https://es.wikipedia.org/wiki/Bogot%C3%A1_(Colombia)").
function trimTrailing(url: string): string {
  let end = url;
  while (TRAILING.test(end)) {
    const last = end.at(-1)!;
    const open = PAIRS[last];
    if (open && count(end, open) >= count(end, last)) break;
    end = end.slice(0, -1);
  }
  return end;
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Plain text cut into text and http(s) links, in order; joining the `text` of the segments gives the input back. */
export function linkify(input: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const pushText = (text: string) => {
    if (text === '') return;
    const last = segments.at(-1);
    if (last?.kind === 'text') last.text += text;
    else segments.push({ kind: 'text', text });
  };
  let cursor = 0;
  for (const match of input.matchAll(URL_CANDIDATE)) {
    const url = trimTrailing(match[0]);
    if (!isWebUrl(url)) continue;
    pushText(input.slice(cursor, match.index));
    segments.push({ kind: 'url', text: url, href: url });
    cursor = match.index + url.length;
  }
  pushText(input.slice(cursor));
  return segments;
}
