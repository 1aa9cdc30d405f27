/** Dates and times as the requester reads them: es-CO, in Colombia's time zone (SPEC §6). */
export const TIME_ZONE = 'America/Bogota';
const LOCALE = 'es-CO';

const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
const dateFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, dateStyle: 'long' });

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** "23 de noviembre de 2026, 3:45 p. m." */
export function formatDateTime(value: string | Date): string {
  return dateTimeFormat.format(toDate(value));
}

/** "23 de noviembre de 2026" */
export function formatDate(value: string | Date): string {
  return dateFormat.format(toDate(value));
}

/** "24 horas" / "1 hora" */
export function formatHours(hours: number): string {
  return `${hours.toLocaleString(LOCALE)} ${hours === 1 ? 'hora' : 'horas'}`;
}
