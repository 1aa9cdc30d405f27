import { mailAddressSchema } from '@/lib/validation/ticket';

/**
 * What goes into a mail header (docs/email.md): requester data never adds a line or a header.
 * CR, LF, the other control characters and the Unicode line and paragraph separators become spaces.
 */
const BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const BREAKING_RUNS = new RegExp(`${BREAKING.source}+`, 'g');

/** One line, whitespace collapsed, at most `max` characters (code points), "…" when cut. */
export function headerText(value: string, max: number): string {
  const line = value.replace(BREAKING_RUNS, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= max ? line : `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/** A display name: one line of at most 150 characters (the users' and tickets' limit). */
export function displayName(value: string): string {
  return headerText(value, 150);
}

/** The address when the value is exactly one valid address; anything else (lists, names, line breaks) is null. */
export function singleAddress(value: string): string | null {
  if (BREAKING.test(value)) return null;
  const parsed = mailAddressSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
