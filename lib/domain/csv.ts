import { TZDate } from '@date-fns/tz';

/** A value of one CSV cell; null and undefined are written as an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** Excel reads a UTF-8 file as such only when it starts with a byte-order mark. */
export const CSV_BOM = '\uFEFF';

/** RFC 4180 ends every record with CRLF. */
export const CSV_LINE_END = '\r\n';

// OWASP "CSV Injection": a spreadsheet may run a cell that starts with one of these as a formula
// (tab and carriage return included). The full-width forms are folded by some spreadsheets too.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

// RFC 4180: a field holding a comma, a double quote or a line break is enclosed in double quotes.
const NEEDS_QUOTES = /[",\r\n]/;

/** Text a spreadsheet will show as text: a cell that could start a formula gets a leading `'`. */
export function neutralizeFormula(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]!) ? `'${text}` : text;
}

/**
 * One cell, formula-safe and quoted per RFC 4180 (inner quotes doubled). Numbers and booleans are
 * ours, not user text, and are written as they are (a negative number stays a number).
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'Sí' : 'No';
  const safe = neutralizeFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record: the cells joined by commas, ended by CRLF. */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + CSV_LINE_END;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a spreadsheet reads a date and time: `YYYY-MM-DD HH:mm` on the zone's wall clock. */
export function csvDateTime(instant: Date | string, timeZone: string): string {
  const t = new TZDate(new Date(instant).getTime(), timeZone);
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}
