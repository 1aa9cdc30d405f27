export const TICKET_LABEL_PATTERN = /^TK-(\d{4})-(\d{5,})$/;

const SEQ_WIDTH = 5;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

export interface TicketLabelParts {
  year: number;
  seq: number;
}

/** The label of the `seq`-th ticket of `year`: TK-2026-00042; past 99999 it simply grows (TK-2026-123456). */
export function formatTicketLabel(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Año de radicado inválido: ${year}`);
  }
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw new RangeError(`Consecutivo de radicado inválido: ${seq}`);
  }
  return `TK-${year}-${String(seq).padStart(SEQ_WIDTH, '0')}`;
}

export function normalizeTicketLabel(input: string): string {
  return input.trim().toUpperCase();
}

/** Whitespace and case are forgiven, nothing else, so each label has one spelling (TK-2026-000001 is rejected). */
export function parseTicketLabel(input: string): TicketLabelParts | null {
  const label = normalizeTicketLabel(input);
  const match = TICKET_LABEL_PATTERN.exec(label);
  if (!match) return null;
  const year = Number(match[1]);
  const seq = Number(match[2]);
  if (year < MIN_YEAR || !Number.isSafeInteger(seq) || seq < 1) return null;
  return formatTicketLabel(year, seq) === label ? { year, seq } : null;
}
