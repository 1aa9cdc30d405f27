import { describe, expect, it } from 'vitest';
import { HISTORY_ENTRY_INFO, historyEntryTitle, publicHistoryEntryTitle, staffHistoryEventTitle } from './history-entries';
import { OPERACIONES, REQUESTER_OPERACIONES, TRANSITIONS } from './transitions';

describe('history entry titles', () => {
  it('title every kind of entry, staff’s and the requester’s, for both readers', () => {
    expect(Object.keys(HISTORY_ENTRY_INFO).sort()).toEqual([...OPERACIONES, ...REQUESTER_OPERACIONES].sort());
    for (const info of Object.values(HISTORY_ENTRY_INFO)) {
      expect(info.nombre).not.toBe('');
      expect(info.nombrePublico).not.toBe('');
    }
    expect(historyEntryTitle('crear')).toBe('Creado');
    expect(publicHistoryEntryTitle('crear')).toBe('Su solicitud fue recibida');
    expect(publicHistoryEntryTitle('asignar')).toBe('Su solicitud está en atención');
    expect(publicHistoryEntryTitle('actualizar')).toBe('Respuesta de la mesa');
  });

  it('say what happened, not the button that did it', () => {
    expect(historyEntryTitle('archivar')).toBe('Resuelto');
    expect(historyEntryTitle('pausar')).toBe('En espera');
    expect(historyEntryTitle('reabrir')).toBe('Reanudado');
    expect(historyEntryTitle('cancelar')).toBe('Cancelado');
    expect(historyEntryTitle('prorrogar')).toBe('Plazo prorrogado');
    for (const op of OPERACIONES) expect(historyEntryTitle(op)).not.toBe(TRANSITIONS[op].nombre);
  });

  it('keep the stored name of an entry this build does not know', () => {
    expect(historyEntryTitle('fusionar')).toBe('fusionar');
    expect(publicHistoryEntryTitle('toString')).toBe('toString');
    expect(staffHistoryEventTitle({ operacion: 'fusionar', autorNombre: 'Laura' })).toBe('fusionar');
  });
});

describe('staffHistoryEventTitle', () => {
  it('names where an asignar sent the ticket, the person before the area, and who did it', () => {
    expect(staffHistoryEventTitle({ operacion: 'asignar', datos: { area: 'Sistemas' }, autorNombre: 'Laura' })).toBe('Asignado a Sistemas por Laura');
    expect(staffHistoryEventTitle({ operacion: 'asignar', datos: { area: 'Sistemas', asignadoA: { id: 'u1', name: 'Ana Pérez' } }, autorNombre: 'Laura' })).toBe(
      'Asignado a Ana Pérez por Laura',
    );
  });

  it('names the destination of a transfer and the author of a creation and a reclassification', () => {
    expect(staffHistoryEventTitle({ operacion: 'transferir', datos: { area: 'Jurídica', areaAnterior: 'MESA' }, autorNombre: 'Laura' })).toBe('Transferido a Jurídica por Laura');
    expect(staffHistoryEventTitle({ operacion: 'crear', datos: null, autorNombre: 'José Núñez' })).toBe('Creado por José Núñez');
    expect(staffHistoryEventTitle({ operacion: 'reclasificar', datos: {}, autorNombre: 'Laura' })).toBe('Reclasificado por Laura');
  });

  it('reads the state change alone for the others, and survives data of an unknown shape', () => {
    expect(staffHistoryEventTitle({ operacion: 'reabrir', datos: {}, autorNombre: 'Sistema' })).toBe('Reanudado');
    expect(staffHistoryEventTitle({ operacion: 'archivar', autorNombre: 'Laura' })).toBe('Resuelto');
    expect(staffHistoryEventTitle({ operacion: 'asignar', datos: 'raro', autorNombre: 'Laura' })).toBe('Asignado por Laura');
    expect(staffHistoryEventTitle({ operacion: 'asignar', datos: { area: 'Sistemas' }, autorNombre: ' ' })).toBe('Asignado a Sistemas');
  });
});
