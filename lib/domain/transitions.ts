import type { Rol } from './actor';
import { OPEN_ESTADOS, type EstadoTicket } from './estados';

/** The staff operations, prórroga included (docs/workflow.md); creation is the requester's `crear`. */
export const OPERACIONES = ['asignar', 'transferir', 'reclasificar', 'pausar', 'reabrir', 'actualizar', 'cancelar', 'archivar', 'prorrogar'] as const;
export type Operacion = (typeof OPERACIONES)[number];

const NON_TERMINAL = OPEN_ESTADOS;

export interface Transition {
  /** The states the operation may start from. */
  from: readonly EstadoTicket[];
  /** The state it leads to; null leaves the state unchanged. */
  to: EstadoTicket | null;
  /** The roles that may ever perform it. */
  roles: readonly Rol[];
  /** Whether the requester sees the text of the operation's public history entries (a note marked internal never reaches them). */
  publicText: boolean;
  /** The button and form title staff see. */
  nombre: string;
}

/**
 * The state machine (docs/workflow.md), the one source for the API, the server actions, the UI and the tests.
 * The body each operation takes is `operationBodySchemas[op]` (lib/validation/operations.ts).
 */
export const TRANSITIONS: Record<Operacion, Transition> = {
  asignar: { from: ['NUEVO', 'TRANSFERIDO', 'RECLASIFICADO'], to: 'ASIGNADO', roles: ['ADMIN', 'MESA'], publicText: false, nombre: 'Asignar' },
  transferir: { from: ['NUEVO', 'ASIGNADO', 'RECLASIFICADO'], to: 'TRANSFERIDO', roles: ['ADMIN', 'MESA'], publicText: false, nombre: 'Transferir' },
  reclasificar: { from: ['NUEVO', 'ASIGNADO', 'TRANSFERIDO'], to: 'RECLASIFICADO', roles: ['ADMIN', 'MESA'], publicText: false, nombre: 'Reclasificar' },
  pausar: { from: ['ASIGNADO'], to: 'PAUSADO', roles: ['ADMIN', 'MESA', 'AREA'], publicText: true, nombre: 'Pausar' },
  reabrir: { from: ['PAUSADO'], to: 'ASIGNADO', roles: ['ADMIN', 'MESA'], publicText: false, nombre: 'Reabrir' },
  actualizar: { from: NON_TERMINAL, to: null, roles: ['ADMIN', 'MESA', 'AREA'], publicText: true, nombre: 'Agregar nota' },
  cancelar: { from: NON_TERMINAL, to: 'CANCELADO', roles: ['ADMIN', 'MESA', 'AREA'], publicText: true, nombre: 'Cancelar' },
  archivar: { from: ['ASIGNADO'], to: 'ARCHIVADO', roles: ['ADMIN', 'MESA', 'AREA'], publicText: true, nombre: 'Archivar' },
  prorrogar: { from: NON_TERMINAL, to: null, roles: ['ADMIN', 'MESA'], publicText: true, nombre: 'Prorrogar' },
};

/** Whether a text is an operation of the table (for parsing path segments). */
export function isOperacion(value: string): value is Operacion {
  return (OPERACIONES as readonly string[]).includes(value);
}

/** Whether the role may ever perform the operation, whatever the state (403 otherwise). */
export function roleMayPerform(role: Rol, op: Operacion): boolean {
  return TRANSITIONS[op].roles.includes(role);
}

/** Whether the operation may start from the state (409 otherwise). */
export function stateAllows(estado: EstadoTicket, op: Operacion): boolean {
  return TRANSITIONS[op].from.includes(estado);
}

/** Whether the role may perform the operation on a ticket in that state. */
export function canPerform(role: Rol, op: Operacion, estado: EstadoTicket): boolean {
  return roleMayPerform(role, op) && stateAllows(estado, op);
}

/** The operations the actor may perform on the ticket, in table order (what the UI offers). */
export function allowedOperations(ticket: { estado: EstadoTicket }, actor: { role: Rol }): Operacion[] {
  return OPERACIONES.filter((op) => canPerform(actor.role, op, ticket.estado));
}

/** The history entries the requester writes themselves: the ticket's creation and their replies. */
export const REQUESTER_OPERACIONES = ['crear', 'responder'] as const;
export type RequesterOperacion = (typeof REQUESTER_OPERACIONES)[number];

/** Every kind of history entry: the table's operations and the requester's own. */
export type HistoryOperacion = Operacion | RequesterOperacion;

/** Whether a history entry is one the requester wrote. */
export function isRequesterOperation(op: string): op is RequesterOperacion {
  return (REQUESTER_OPERACIONES as readonly string[]).includes(op);
}

/**
 * Whether the requester reads the text of a public history entry (the lookup's public history): what
 * they wrote, and the staff operations whose text is meant for them (a transfer's reason stays
 * inside). An entry marked internal never reaches them, whatever its operation.
 */
export function requesterReadsText(op: string): boolean {
  return isRequesterOperation(op) || (isOperacion(op) && TRANSITIONS[op].publicText);
}

/** The state after the operation (the same state for operations that do not move it). */
export function nextState(estado: EstadoTicket, op: Operacion): EstadoTicket {
  return TRANSITIONS[op].to ?? estado;
}
