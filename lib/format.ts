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

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/** "martes 1 de diciembre, 4:00 p. m.": a deadline placed in the reader's week, in the organisation's zone. */
export function formatWeekdayDateTime(value: string | Date, timeZone: string = TIME_ZONE): string {
  let format = weekdayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, { timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
    weekdayFormats.set(timeZone, format);
  }
  // es-CO puts a comma after the weekday ("martes, 1 de …"); Spanish prose does not.
  return keepMeridiemTogether(format.format(toDate(value)).replace(/^(\p{L}+),\s/u, '$1 '));
}

// es-CO writes "3:45 p. m." with breakable spaces; a line break inside it reads badly on a phone.
function keepMeridiemTogether(text: string): string {
  return text.replace(/(\d)\s([ap]\.)\s(m\.)/g, '$1\u00a0$2\u00a0$3');
}
