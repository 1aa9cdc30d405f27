import { describe, it, expect } from 'vitest';
import { colombianHolidays } from './holidays';
import { addLocalDays, isoWeekdayOf } from './local-date';

// Official lists (Ley 51 de 1983 and the Easter-based feasts), checked against the published calendars
// and against the law's rules below. 2025 has 18 holidays on 17 dates: San Pedro y San Pablo (Sunday
// June 29, moved to Monday) and the Sagrado Corazón (Easter + 68, moved to Monday) both fall on June 30.
const OFFICIAL_2025 = [
  ['2025-01-01', 'Año Nuevo'],
  ['2025-01-06', 'Reyes Magos'],
  ['2025-03-24', 'San José'],
  ['2025-04-17', 'Jueves Santo'],
  ['2025-04-18', 'Viernes Santo'],
  ['2025-05-01', 'Día del Trabajo'],
  ['2025-06-02', 'Ascensión del Señor'],
  ['2025-06-23', 'Corpus Christi'],
  ['2025-06-30', 'San Pedro y San Pablo / Sagrado Corazón de Jesús'],
  ['2025-07-20', 'Grito de la Independencia'],
  ['2025-08-07', 'Batalla de Boyacá'],
  ['2025-08-18', 'Asunción de la Virgen'],
  ['2025-10-13', 'Día de la Raza'],
  ['2025-11-03', 'Todos los Santos'],
  ['2025-11-17', 'Independencia de Cartagena'],
  ['2025-12-08', 'Inmaculada Concepción'],
  ['2025-12-25', 'Navidad'],
];

const OFFICIAL_2026 = [
  ['2026-01-01', 'Año Nuevo'],
  ['2026-01-12', 'Reyes Magos'],
  ['2026-03-23', 'San José'],
  ['2026-04-02', 'Jueves Santo'],
  ['2026-04-03', 'Viernes Santo'],
  ['2026-05-01', 'Día del Trabajo'],
  ['2026-05-18', 'Ascensión del Señor'],
  ['2026-06-08', 'Corpus Christi'],
  ['2026-06-15', 'Sagrado Corazón de Jesús'],
  ['2026-06-29', 'San Pedro y San Pablo'],
  ['2026-07-20', 'Grito de la Independencia'],
  ['2026-08-07', 'Batalla de Boyacá'],
  ['2026-08-17', 'Asunción de la Virgen'],
  ['2026-10-12', 'Día de la Raza'],
  ['2026-11-02', 'Todos los Santos'],
  ['2026-11-16', 'Independencia de Cartagena'],
  ['2026-12-08', 'Inmaculada Concepción'],
  ['2026-12-25', 'Navidad'],
];

const OFFICIAL_2027 = [
  ['2027-01-01', 'Año Nuevo'],
  ['2027-01-11', 'Reyes Magos'],
  ['2027-03-22', 'San José'],
  ['2027-03-25', 'Jueves Santo'],
  ['2027-03-26', 'Viernes Santo'],
  ['2027-05-01', 'Día del Trabajo'],
  ['2027-05-10', 'Ascensión del Señor'],
  ['2027-05-31', 'Corpus Christi'],
  ['2027-06-07', 'Sagrado Corazón de Jesús'],
  ['2027-07-05', 'San Pedro y San Pablo'],
  ['2027-07-20', 'Grito de la Independencia'],
  ['2027-08-07', 'Batalla de Boyacá'],
  ['2027-08-16', 'Asunción de la Virgen'],
  ['2027-10-18', 'Día de la Raza'],
  ['2027-11-01', 'Todos los Santos'],
  ['2027-11-15', 'Independencia de Cartagena'],
  ['2027-12-08', 'Inmaculada Concepción'],
  ['2027-12-25', 'Navidad'],
];

const OFFICIAL_2028 = [
  ['2028-01-01', 'Año Nuevo'],
  ['2028-01-10', 'Reyes Magos'],
  ['2028-03-20', 'San José'],
  ['2028-04-13', 'Jueves Santo'],
  ['2028-04-14', 'Viernes Santo'],
  ['2028-05-01', 'Día del Trabajo'],
  ['2028-05-29', 'Ascensión del Señor'],
  ['2028-06-19', 'Corpus Christi'],
  ['2028-06-26', 'Sagrado Corazón de Jesús'],
  ['2028-07-03', 'San Pedro y San Pablo'],
  ['2028-07-20', 'Grito de la Independencia'],
  ['2028-08-07', 'Batalla de Boyacá'],
  ['2028-08-21', 'Asunción de la Virgen'],
  ['2028-10-16', 'Día de la Raza'],
  ['2028-11-06', 'Todos los Santos'],
  ['2028-11-13', 'Independencia de Cartagena'],
  ['2028-12-08', 'Inmaculada Concepción'],
  ['2028-12-25', 'Navidad'],
];

// Easter Sunday of each year, from the published ecclesiastical calendar (not computed here).
const EASTER: Record<number, string> = { 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16' };

/** The date itself if it is a Monday, otherwise the next Monday (Ley 51 de 1983, art. 1). */
const nextMonday = (date: string) => addLocalDays(date, (8 - isoWeekdayOf(date)) % 7);

/** The 18 holidays of a year by the law's rules, sorted, one date per holiday (duplicates kept). */
function byTheLaw(year: number): string[] {
  const easter = EASTER[year];
  if (!easter) throw new Error(`No Easter date written for ${year}`);
  const fixed = ['01-01', '05-01', '07-20', '08-07', '12-08', '12-25'].map((md) => `${year}-${md}`);
  const moved = ['01-06', '03-19', '06-29', '08-15', '10-12', '11-01', '11-11'].map((md) => nextMonday(`${year}-${md}`));
  // Holy Thursday and Good Friday stay; Ascensión (+39), Corpus Christi (+60) and Sagrado Corazón (+68) move to Monday.
  const easterBased = [addLocalDays(easter, -3), addLocalDays(easter, -2), ...[39, 60, 68].map((d) => nextMonday(addLocalDays(easter, d)))];
  return [...fixed, ...moved, ...easterBased].sort();
}

const asPairs = (year: number) => colombianHolidays(year).map((h) => [h.fecha, h.nombre]);

describe('colombianHolidays', () => {
  it('gives the holidays of 2025 on their observed dates', () => {
    expect(asPairs(2025)).toEqual(OFFICIAL_2025);
  });

  it('gives the 18 holidays of 2026 on their observed dates', () => {
    expect(asPairs(2026)).toEqual(OFFICIAL_2026);
  });

  it('gives the 18 holidays of 2027 on their observed dates', () => {
    expect(asPairs(2027)).toEqual(OFFICIAL_2027);
  });

  it('gives the 18 holidays of 2028 on their observed dates', () => {
    expect(asPairs(2028)).toEqual(OFFICIAL_2028);
  });

  it.each([2025, 2026, 2027, 2028])('agrees with Ley 51 de 1983 and the Easter dates for %i', (year) => {
    const law = byTheLaw(year);
    expect(law).toHaveLength(18);
    expect(colombianHolidays(year).map((h) => h.fecha)).toEqual([...new Set(law)]);
  });

  it('observes the movable feasts on a Monday', () => {
    const movable = ['Reyes Magos', 'San José', 'Ascensión del Señor', 'Corpus Christi', 'Todos los Santos'];
    for (const year of [2026, 2027, 2028]) {
      for (const h of colombianHolidays(year).filter((h) => movable.includes(h.nombre))) {
        expect(isoWeekdayOf(h.fecha), `${h.nombre} ${h.fecha}`).toBe(1);
      }
    }
  });

  it('merges two holidays moved onto the same Monday into one date', () => {
    const june30 = colombianHolidays(2025).filter((h) => h.fecha === '2025-06-30');
    expect(june30).toEqual([{ fecha: '2025-06-30', nombre: 'San Pedro y San Pablo / Sagrado Corazón de Jesús' }]);
    expect(colombianHolidays(2025)).toHaveLength(17);
  });

  it('returns dates sorted and unique', () => {
    const fechas = colombianHolidays(2025).map((h) => h.fecha);
    expect(fechas).toEqual([...new Set(fechas)].sort());
  });

  it('rejects years the source cannot compute', () => {
    expect(() => colombianHolidays(1500)).toThrow(RangeError);
    expect(() => colombianHolidays(2026.5)).toThrow(RangeError);
  });
});
