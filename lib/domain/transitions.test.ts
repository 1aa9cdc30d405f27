import { describe, expect, it } from 'vitest';
import { ROLES } from './actor';
import { ESTADOS } from './estados';
import { OPERACIONES, allowedOperations, canPerform, isRequesterOperation, nextState, requesterReadsText, roleMayPerform, stateAllows } from './transitions';

// SPEC §3, written out by hand: one row per operation, one column per state
// (NUEVO ASIGNADO TRANSFERIDO RECLASIFICADO PAUSADO CANCELADO ARCHIVADO); x = allowed.
const FROM: Record<string, string> = {
  asignar: '      x . x x . . .',
  transferir: '   x x . x . . .',
  reclasificar: ' x x x . . . .',
  pausar: '       . x . . . . .',
  reabrir: '      . . . . x . .',
  actualizar: '   x x x x x . .',
  cancelar: '     x x x x x . .',
  archivar: '     . x . . . . .',
  prorrogar: '    x x x x x . .',
};
const ROLES_OF: Record<string, string[]> = {
  asignar: ['ADMIN', 'MESA'],
  transferir: ['ADMIN', 'MESA'],
  reclasificar: ['ADMIN', 'MESA'],
  pausar: ['ADMIN', 'MESA', 'AREA'],
  reabrir: ['ADMIN', 'MESA'],
  actualizar: ['ADMIN', 'MESA', 'AREA'],
  cancelar: ['ADMIN', 'MESA', 'AREA'],
  archivar: ['ADMIN', 'MESA', 'AREA'],
  prorrogar: ['ADMIN', 'MESA'],
};
const TO: Record<string, string | null> = {
  asignar: 'ASIGNADO', transferir: 'TRANSFERIDO', reclasificar: 'RECLASIFICADO', pausar: 'PAUSADO',
  reabrir: 'ASIGNADO', actualizar: null, cancelar: 'CANCELADO', archivar: 'ARCHIVADO', prorrogar: null,
};

const allowedFrom = (op: string) => FROM[op]!.trim().split(/\s+/).map((c) => c === 'x');

describe('the transition table (3 roles × 9 operations × 7 states)', () => {
  it('covers exactly the eight operations of SPEC §3 and the prórroga of §4', () => {
    expect([...OPERACIONES].sort()).toEqual(Object.keys(FROM).sort());
  });

  for (const role of ROLES) {
    for (const op of OPERACIONES) {
      ESTADOS.forEach((estado, i) => {
        const expected = ROLES_OF[op]!.includes(role) && allowedFrom(op)[i]!;
        it(`${role} ${expected ? 'may' : 'may not'} ${op} a ${estado} ticket`, () => {
          expect(canPerform(role, op, estado)).toBe(expected);
          expect(allowedOperations({ estado }, { role }).includes(op)).toBe(expected);
          expect(roleMayPerform(role, op)).toBe(ROLES_OF[op]!.includes(role));
          expect(stateAllows(estado, op)).toBe(allowedFrom(op)[i]);
        });
      });
    }
  }

  it('leads each operation to its state, and actualizar and prorrogar nowhere', () => {
    for (const op of OPERACIONES) {
      for (const estado of ESTADOS) expect(nextState(estado, op)).toBe(TO[op] ?? estado);
    }
  });

  it('lets nothing leave a terminal state', () => {
    for (const role of ROLES) {
      expect(allowedOperations({ estado: 'CANCELADO' }, { role })).toEqual([]);
      expect(allowedOperations({ estado: 'ARCHIVADO' }, { role })).toEqual([]);
    }
  });
});

describe('what the requester reads', () => {
  it('reads their own entries and the staff texts meant for them, never a transfer’s or a reclassification’s reason', () => {
    for (const op of ['crear', 'responder', 'pausar', 'actualizar', 'cancelar', 'archivar', 'prorrogar']) expect(requesterReadsText(op), op).toBe(true);
    for (const op of ['asignar', 'transferir', 'reclasificar', 'reabrir', 'desconocida']) expect(requesterReadsText(op), op).toBe(false);
    expect(isRequesterOperation('responder')).toBe(true);
    expect(isRequesterOperation('actualizar')).toBe(false);
  });
});
