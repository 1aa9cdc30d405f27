import type { EstadoTicket } from '@/lib/domain/estados';
import { TIME_ZONE } from '@/lib/format';

/** A state's count as the server gave it: exact, or a lower bound on large tables. */
export interface CountLike {
  count: number;
  capped: boolean;
}

const LOCALE = 'es-CO';
const shortDateTime = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

const dayAndTime = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });

/** "23 nov 2026, 3:45 p. m.", in Colombia's time zone. */
export function formatShortDateTime(iso: string): string {
  return oneLine(shortDateTime.format(new Date(iso)));
}

/** "23 de nov, 3:45 p. m.": a row's date, with the year in its tooltip. */
export function formatDayAndTime(iso: string): string {
  return oneLine(dayAndTime.format(new Date(iso)));
}

function oneLine(text: string): string {
  return text.replace(/\s/g, '\u00a0').replace(/,\u00a0/, ', ');
}

/** "1.234", or "10.000+" when counting stopped at a bound. */
export function formatCount(c: CountLike): string {
  return `${c.count.toLocaleString(LOCALE)}${c.capped ? '+' : ''}`;
}

/** The tickets under the filters: the counts of the chosen states, or of every state. */
export function totalOf(counts: Record<EstadoTicket, CountLike>, estados: readonly EstadoTicket[]): CountLike {
  const chosen = estados.length > 0 ? estados : (Object.keys(counts) as EstadoTicket[]);
  return chosen.reduce<CountLike>((acc, e) => ({ count: acc.count + counts[e].count, capped: acc.capped || counts[e].capped }), { count: 0, capped: false });
}

export function ticketsText(n: number | string): string {
  return `${typeof n === 'number' ? n.toLocaleString(LOCALE) : n} ${n === 1 ? 'ticket' : 'tickets'}`;
}
