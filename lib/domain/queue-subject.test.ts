import { describe, expect, it } from 'vitest';
import { ticketSubject } from './queue-subject';

describe('ticketSubject', () => {
  it('is the asunto when there is one, trimmed', () => {
    expect(ticketSubject('  Impresora sin tóner ', 'La impresora del piso 3 no imprime.')).toBe('Impresora sin tóner');
  });

  it('falls back to the first non-empty line of the description', () => {
    expect(ticketSubject(null, '\n  \r\n  No carga el portal de nómina\r\nDesde el lunes.')).toBe('No carga el portal de nómina');
    expect(ticketSubject('   ', 'Una sola línea de descripción')).toBe('Una sola línea de descripción');
  });

  it('cuts a long first line at 200 characters with an ellipsis', () => {
    const subject = ticketSubject(null, `${'palabra '.repeat(60)}\nsegunda`);
    expect(subject).toHaveLength(200);
    expect(subject.endsWith('…')).toBe(true);
    expect(subject).not.toContain('segunda');
  });
});
