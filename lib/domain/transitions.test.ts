import { describe, expect, it } from 'vitest';
import {
  EXPECTED_OPERATIONS,
  EXPECTED_ROLES,
  EXPECTED_STATES,
  EXPECTED_TRANSITIONS,
  expectedNextState,
  expectedOperationsFor,
  expectedStatus,
} from '@/scripts/test/transition-oracle';
import { ROLES } from './actor';
import { ESTADOS } from './estados';
import { OPERACIONES, allowedOperations, canPerform, isRequesterOperation, nextState, requesterReadsText, roleMayPerform, stateAllows } from './transitions';

describe('the transition table (3 roles × 10 operations × 7 states)', () => {
  it('has the roles, states and operations of the contract, in its order', () => {
    expect([...ROLES]).toEqual([...EXPECTED_ROLES]);
    expect([...ESTADOS]).toEqual([...EXPECTED_STATES]);
    expect([...OPERACIONES]).toEqual(EXPECTED_OPERATIONS);
  });

  for (const role of EXPECTED_ROLES) {
    for (const op of EXPECTED_OPERATIONS) {
      for (const estado of EXPECTED_STATES) {
        const expected = expectedStatus(role, op, estado);
        it(`${role} ${expected === 200 ? 'may' : 'may not'} ${op} a ${estado} ticket`, () => {
          expect(canPerform(role, op, estado)).toBe(expected === 200);
          expect(roleMayPerform(role, op)).toBe(expected !== 403);
          expect(stateAllows(estado, op)).toBe((EXPECTED_TRANSITIONS[op].from as readonly string[]).includes(estado));
        });
      }
    }
  }

  it('offers each role exactly the operations the state allows it, in table order', () => {
    for (const role of EXPECTED_ROLES) {
      for (const estado of EXPECTED_STATES) expect(allowedOperations({ estado }, { role }), `${role} ${estado}`).toEqual(expectedOperationsFor(role, estado));
    }
  });

  it('leads each operation to its state, and actualizar, prorrogar and etiquetar nowhere', () => {
    for (const op of EXPECTED_OPERATIONS) {
      for (const estado of EXPECTED_STATES) expect(nextState(estado, op), `${op} ${estado}`).toBe(expectedNextState(op, estado));
    }
  });

  it('lets nothing leave a terminal state', () => {
    for (const role of EXPECTED_ROLES) {
      expect(allowedOperations({ estado: 'CANCELADO' }, { role })).toEqual([]);
      expect(allowedOperations({ estado: 'ARCHIVADO' }, { role })).toEqual([]);
    }
  });
});

describe('what the requester reads', () => {
  it('reads their own entries and the staff texts meant for them, never a transfer’s or a reclassification’s reason', () => {
    for (const op of ['crear', 'responder', 'pausar', 'actualizar', 'cancelar', 'archivar', 'prorrogar']) expect(requesterReadsText(op), op).toBe(true);
    for (const op of ['asignar', 'transferir', 'reclasificar', 'reabrir', 'etiquetar', 'desconocida']) expect(requesterReadsText(op), op).toBe(false);
    expect(isRequesterOperation('responder')).toBe(true);
    expect(isRequesterOperation('actualizar')).toBe(false);
  });
});
