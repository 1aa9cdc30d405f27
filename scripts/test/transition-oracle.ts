/**
 * The expected state machine, written out by hand from the contract and never read from the
 * production table: the unit tests of lib/domain/transitions.ts and the HTTP tests of the
 * operations both check the app against this one copy, so a wrong production table fails both.
 */

export const EXPECTED_ROLES = ['ADMIN', 'MESA', 'AREA'] as const;
export type ExpectedRole = (typeof EXPECTED_ROLES)[number];

export const EXPECTED_STATES = ['NUEVO', 'ASIGNADO', 'TRANSFERIDO', 'RECLASIFICADO', 'PAUSADO', 'CANCELADO', 'ARCHIVADO'] as const;
export type ExpectedState = (typeof EXPECTED_STATES)[number];

export interface ExpectedTransition {
  /** The roles that may ever perform it (any other role gets 403, whatever the state). */
  roles: readonly ExpectedRole[];
  /** The states it starts from (any other state gets 409 INVALID_TRANSITION). */
  from: readonly ExpectedState[];
  /** Where it leads; null leaves the state as it was. */
  to: ExpectedState | null;
}

const ANY_OPEN_STATE: readonly ExpectedState[] = ['NUEVO', 'ASIGNADO', 'TRANSFERIDO', 'RECLASIFICADO', 'PAUSADO'];

/** One row per staff operation, in the contract's order; `prorrogar` is the PQRS extension, `etiquetar` changes the tags. */
export const EXPECTED_TRANSITIONS = {
  asignar: { roles: ['ADMIN', 'MESA'], from: ['NUEVO', 'TRANSFERIDO', 'RECLASIFICADO'], to: 'ASIGNADO' },
  transferir: { roles: ['ADMIN', 'MESA'], from: ['NUEVO', 'ASIGNADO', 'RECLASIFICADO'], to: 'TRANSFERIDO' },
  reclasificar: { roles: ['ADMIN', 'MESA'], from: ['NUEVO', 'ASIGNADO', 'TRANSFERIDO'], to: 'RECLASIFICADO' },
  pausar: { roles: ['ADMIN', 'MESA', 'AREA'], from: ['ASIGNADO'], to: 'PAUSADO' },
  reabrir: { roles: ['ADMIN', 'MESA'], from: ['PAUSADO'], to: 'ASIGNADO' },
  actualizar: { roles: ['ADMIN', 'MESA', 'AREA'], from: ANY_OPEN_STATE, to: null },
  cancelar: { roles: ['ADMIN', 'MESA', 'AREA'], from: ANY_OPEN_STATE, to: 'CANCELADO' },
  archivar: { roles: ['ADMIN', 'MESA', 'AREA'], from: ['ASIGNADO'], to: 'ARCHIVADO' },
  prorrogar: { roles: ['ADMIN', 'MESA'], from: ANY_OPEN_STATE, to: null },
  etiquetar: { roles: ['ADMIN', 'MESA', 'AREA'], from: ANY_OPEN_STATE, to: null },
} as const satisfies Record<string, ExpectedTransition>;

export type ExpectedOperation = keyof typeof EXPECTED_TRANSITIONS;
export const EXPECTED_OPERATIONS = Object.keys(EXPECTED_TRANSITIONS) as ExpectedOperation[];

const row = (op: ExpectedOperation): ExpectedTransition => EXPECTED_TRANSITIONS[op];

/** What the API must answer: 200, 403 for a role that may never do it, 409 for a state that refuses it. */
export function expectedStatus(role: ExpectedRole, op: ExpectedOperation, estado: ExpectedState): 200 | 403 | 409 {
  if (!row(op).roles.includes(role)) return 403;
  if (!row(op).from.includes(estado)) return 409;
  return 200;
}

/** The state after the operation succeeds. */
export function expectedNextState(op: ExpectedOperation, estado: ExpectedState): ExpectedState {
  return row(op).to ?? estado;
}

/** The operations the role may perform on a ticket in that state, in table order. */
export function expectedOperationsFor(role: ExpectedRole, estado: ExpectedState): ExpectedOperation[] {
  return EXPECTED_OPERATIONS.filter((op) => expectedStatus(role, op, estado) === 200);
}
