import { describe, it, expect } from 'vitest';
import { colombianHolidays } from './holidays';
import { isoWeekdayOf } from './local-date';

// Official lists (Ley 51 de 1983 and the Easter-based feasts), checked against the published calendars.
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

const asPairs = (year: number) => colombianHolidays(year).map((h) => [h.fecha, h.nombre]);

describe('colombianHolidays', () => {
  it('gives the 18 holidays of 2026 on their observed dates', () => {
    expect(asPairs(2026)).toEqual(OFFICIAL_2026);
  });

  it('gives the 18 holidays of 2027 on their observed dates', () => {
    expect(asPairs(2027)).toEqual(OFFICIAL_2027);
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
