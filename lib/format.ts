export const TIME_ZONE = 'America/Bogota';
const LOCALE = 'es-CO';

const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
const dateFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, dateStyle: 'long' });

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** "23 de noviembre de 2026 a las 3:45 p. m." */
export function formatDateTime(value: string | Date): string {
  return keepMeridiemTogether(dateTimeFormat.format(toDate(value)));
}

export function formatDate(value: string | Date): string {
  return dateFormat.format(toDate(value));
}

// es-CO writes "3:45 p. m." with breakable spaces; a line break inside it reads badly on a phone.
function keepMeridiemTogether(text: string): string {
  return text.replace(/(\d)\s([ap]\.)\s(m\.)/g, '$1\u00a0$2\u00a0$3');
}

export function formatHours(hours: number): string {
  return `${hours.toLocaleString(LOCALE)} ${hours === 1 ? 'hora' : 'horas'}`;
}
