// Seeded inputs shared by working-calendar.equivalence.test.ts and bench/sla-calendar.ts (not used by the app):
// calendars with holidays and daylight saving, and (start, term) pairs that favour the days' edges.
import { colombianHolidays } from './holidays';
import type { SlaPolicyTerm } from './sla';
import { civilDayNumber, localDateOfDay } from './local-date';
import { localTimeToInstant } from './working-calendar.reference';
import { DEFAULT_WORKING_HOURS, type WorkingCalendar } from './working-calendar';

export const FIRST_YEAR = 2025;
export const LAST_YEAR = 2029;

const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 2 }, (_, i) => FIRST_YEAR + i);

export const calendars: Record<string, WorkingCalendar> = {
  /** Monday–Friday 08:00–17:00 with the Colombian holidays. */
  bogota: { ...DEFAULT_WORKING_HOURS, holidays: new Set(years.flatMap((y) => colombianHolidays(y).map((h) => h.fecha))) },
  /** Tuesday–Saturday 07:30–19:00 in a zone with daylight saving, a few holidays. */
  madrid: {
    timeZone: 'Europe/Madrid',
    workingDays: [2, 3, 4, 5, 6],
    startMinute: 7 * 60 + 30,
    endMinute: 19 * 60,
    holidays: new Set(years.flatMap((y) => [`${y}-01-01`, `${y}-01-06`, `${y}-05-01`, `${y}-08-15`, `${y}-10-12`, `${y}-12-08`, `${y}-12-25`])),
  },
  /** Every day, all day: the periods themselves contain the 23- and 25-hour days. */
  newYorkAllDay: { timeZone: 'America/New_York', workingDays: [1, 2, 3, 4, 5, 6, 7], startMinute: 0, endMinute: 1440, holidays: new Set() },
  /** Chile moves its clocks at midnight: some days have no 00:00, or two 23:xx hours. */
  santiago: { timeZone: 'America/Santiago', workingDays: [1, 2, 3, 4, 5, 6], startMinute: 0, endMinute: 13 * 60, holidays: new Set(['2026-09-18', '2026-09-19']) },
};

export interface CalendarCase {
  start: Date;
  term: SlaPolicyTerm;
  /** A second instant, up to 30 days either side of `start`. */
  other: Date;
  /** Minutes after `start` when a pause begins and ends, or null. */
  pause: [number, number] | null;
}

/** mulberry32: small, fast and the same sequence everywhere. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function termOf(random: () => number): SlaPolicyTerm {
  const r = random();
  if (r < 0.1) return { reloj: 'HORAS_CALENDARIO', duracion: Math.round(random() * 400) / 2 };
  if (r < 0.35) return { reloj: 'DIAS_HABILES', duracion: Math.floor(random() * 31) };
  const shape = random();
  // Whole hours, halves, minutes and odd fractions, 0.5–200 h.
  const duracion =
    shape < 0.3 ? 1 + Math.floor(random() * 200) : shape < 0.5 ? (1 + Math.floor(random() * 400)) / 2 : shape < 0.8 ? (30 + Math.floor(random() * 11_971)) / 60 : 0.5 + random() * 199.5;
  return { reloj: 'HORAS_HABILES', duracion };
}

/** `count` cases for a calendar, from `seed`: starts at any minute, a third of them on a working day's edge. */
export function calendarCases(cal: WorkingCalendar, count: number, seed = 13): CalendarCase[] {
  const random = seeded(seed);
  const firstDay = civilDayNumber(FIRST_YEAR, 1, 1);
  const lastDay = civilDayNumber(LAST_YEAR, 12, 31);
  const holidays = [...cal.holidays];
  const edges = [0, cal.startMinute - 1, cal.startMinute, cal.startMinute + 1, cal.endMinute - 1, cal.endMinute, cal.endMinute + 1, 1439];
  const cases: CalendarCase[] = [];
  for (let i = 0; i < count; i++) {
    const kind = random();
    const date = kind < 0.1 && holidays.length > 0 ? pick(random, holidays) : localDateOfDay(firstDay + Math.floor(random() * (lastDay - firstDay + 1)));
    const minute = kind < 0.4 ? Math.min(1439, Math.max(0, pick(random, edges))) : Math.floor(random() * 1440);
    const seconds = kind > 0.9 ? Math.floor(random() * 60_000) : 0;
    const start = new Date(localTimeToInstant(date, minute, cal.timeZone) + seconds);
    const other = new Date(start.getTime() + Math.round((random() * 2 - 1) * 30 * 24 * 60) * 60_000);
    const pauseStart = Math.floor(random() * 20 * 24 * 60);
    const pause: [number, number] | null = random() < 0.25 ? [pauseStart, pauseStart + 1 + Math.floor(random() * 5 * 24 * 60)] : null;
    cases.push({ start, term: termOf(random), other, pause });
  }
  return cases;
}
