import { describe, expect, it } from 'vitest';
import { HISTORY_ENTRY_INFO, historyEntryTitle, publicHistoryEntryTitle } from './history-entries';
import { OPERACIONES, REQUESTER_OPERACIONES, TRANSITIONS } from './transitions';

describe('history entry titles', () => {
  it('title every staff operation for staff with the transition table’s name', () => {
    for (const op of OPERACIONES) expect(historyEntryTitle(op)).toBe(TRANSITIONS[op].nombre);
  });

  it('title every kind of entry, staff’s and the requester’s, for both readers', () => {
    expect(Object.keys(HISTORY_ENTRY_INFO).sort()).toEqual([...OPERACIONES, ...REQUESTER_OPERACIONES].sort());
    for (const info of Object.values(HISTORY_ENTRY_INFO)) {
      expect(info.nombre).not.toBe('');
      expect(info.nombrePublico).not.toBe('');
    }
    expect(historyEntryTitle('crear')).toBe('Radicado');
    expect(publicHistoryEntryTitle('crear')).toBe('Solicitud radicada');
    expect(publicHistoryEntryTitle('responder')).toBe('Respuesta del solicitante');
  });

  it('keep the stored name of an entry this build does not know', () => {
    expect(historyEntryTitle('fusionar')).toBe('fusionar');
    expect(publicHistoryEntryTitle('toString')).toBe('toString');
  });
});
