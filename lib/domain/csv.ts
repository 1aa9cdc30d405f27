import { TZDate } from '@date-fns/tz';

export type CsvValue = string | number | boolean | null | undefined;

/** Excel reads a UTF-8 file as such only when it starts with a byte-order mark. */
export const CSV_BOM = '\uFEFF';

/** RFC 4180 ends every record with CRLF. */
export const CSV_LINE_END = '\r\n';

// OWASP "CSV Injection": a cell starting with one of these may run as a formula; some spreadsheets fold the full-width forms.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

// A spreadsheet that splits on another separator than the file's (Excel in es-CO splits a comma file on
// ";") starts a new cell after any of these: a formula there runs as if it began the cell.
const TRIGGER_AFTER_BREAK = /[,;\t\r\n][ ]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

// Quoted whenever any spreadsheet could split it, whichever separator the file uses.
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** The separators an export can use (docs/dashboard.md): RFC 4180's comma, or the semicolon of spreadsheets whose decimal mark is a comma. */
export const CSV_SEPARATORS = { coma: ',', 'punto-y-coma': ';' } as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[keyof typeof CSV_SEPARATORS];

export function neutralizeFormula(text: string): string {
  const formula = text.length > 0 && (FORMULA_TRIGGERS.has(text[0]!) || TRIGGER_AFTER_BREAK.test(text));
  return formula ? `'${text}` : text;
}

/** Numbers and booleans are ours, not user text, so they skip the formula guard (a negative number stays a number). */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'Sí' : 'No';
  const safe = neutralizeFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRecord(values: readonly CsvValue[], separator: CsvSeparator = ','): string {
  return values.map(csvCell).join(separator) + CSV_LINE_END;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:mm` on the zone's wall clock, which spreadsheets read as a date and time. */
export function csvDateTime(instant: Date | string, timeZone: string): string {
  const t = new TZDate(new Date(instant).getTime(), timeZone);
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}
