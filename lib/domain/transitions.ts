import type { Rol } from './actor';
import { OPEN_ESTADOS, type EstadoTicket } from './estados';

/** The staff operations, prórroga and tags included (docs/workflow.md); creation is the requester's `crear`. */
export const OPERACIONES = ['asignar', 'transferir', 'reclasificar', 'pausar', 'reabrir', 'actualizar', 'cancelar', 'archivar', 'prorrogar', 'etiquetar'] as const;
export type Operacion = (typeof OPERACIONES)[number];

const NON_TERMINAL = OPEN_ESTADOS;

export interface Transition {
  from: readonly EstadoTicket[];
  /** null leaves the state unchanged. */
  to: EstadoTicket | null;
  roles: readonly Rol[];
  /** Whether the requester reads the text of the operation's public entries. */
  publicText: boolean;
  /** The action's name on buttons and disclosures. */
  nombre: string;
  /** The verb in a sentence: "No se puede {verbo} un ticket…", "no puede {verbo} tickets". */
  verbo: string;
}

/** The state machine of docs/workflow.md; bodies are in lib/validation/operations.ts. */
export const TRANSITIONS: Record<Operacion, Transition> = {
  asignar: { from: ['NUEVO', 'TRANSFERIDO', 'RECLASIFICADO'], to: 'ASIGNADO', roles: ['ADMIN', 'MESA'], publicText: false, nombre: 'Asignar', verbo: 'asignar' },
  transferir: { from: ['NUEVO', 'ASIGNADO', 'RECLASIFICADO'], to: 'TRANSFERIDO', roles: ['ADMIN', 'MESA'], publicText: false, nombre: 'Transferir', verbo: 'transferir' },
  reclasificar: { from: ['NUEVO', 'ASIGNADO', 'TRANSFERIDO'], to: 'RECLASIFICADO', roles: ['ADMIN', 'MESA'], publicText: false, nombre: 'Reclasificar', verbo: 'reclasificar' },
  pausar: { from: ['ASIGNADO'], to: 'PAUSADO', roles: ['ADMIN', 'MESA', 'AREA'], publicText: true, nombre: 'Poner en espera', verbo: 'poner en espera' },
  reabrir: { from: ['PAUSADO'], to: 'ASIGNADO', roles: ['ADMIN', 'MESA'], publicText: false, nombre: 'Reanudar', verbo: 'reanudar' },
  actualizar: { from: NON_TERMINAL, to: null, roles: ['ADMIN', 'MESA', 'AREA'], publicText: true, nombre: 'Responder', verbo: 'escribir en' },
  cancelar: { from: NON_TERMINAL, to: 'CANCELADO', roles: ['ADMIN', 'MESA', 'AREA'], publicText: true, nombre: 'Cancelar ticket', verbo: 'cancelar' },
  archivar: { from: ['ASIGNADO'], to: 'ARCHIVADO', roles: ['ADMIN', 'MESA', 'AREA'], publicText: true, nombre: 'Resolver', verbo: 'resolver' },
  prorrogar: { from: NON_TERMINAL, to: null, roles: ['ADMIN', 'MESA'], publicText: true, nombre: 'Prorrogar plazo', verbo: 'prorrogar el plazo de' },
  etiquetar: { from: NON_TERMINAL, to: null, roles: ['ADMIN', 'MESA', 'AREA'], publicText: false, nombre: 'Etiquetar', verbo: 'etiquetar' },
};

export function isOperacion(value: string): value is Operacion {
  return (OPERACIONES as readonly string[]).includes(value);
}

/** Whether the role may ever perform the operation, whatever the state (403 otherwise). */
export function roleMayPerform(role: Rol, op: Operacion): boolean {
  return TRANSITIONS[op].roles.includes(role);
}

export function stateAllows(estado: EstadoTicket, op: Operacion): boolean {
  return TRANSITIONS[op].from.includes(estado);
}

export function canPerform(role: Rol, op: Operacion, estado: EstadoTicket): boolean {
  return roleMayPerform(role, op) && stateAllows(estado, op);
}

export function allowedOperations(ticket: { estado: EstadoTicket }, actor: { role: Rol }): Operacion[] {
  return OPERACIONES.filter((op) => canPerform(actor.role, op, ticket.estado));
}

export const REQUESTER_OPERACIONES = ['crear', 'responder'] as const;
export type RequesterOperacion = (typeof REQUESTER_OPERACIONES)[number];

export type HistoryOperacion = Operacion | RequesterOperacion;

export function isRequesterOperation(op: string): op is RequesterOperacion {
  return (REQUESTER_OPERACIONES as readonly string[]).includes(op);
}

/** Whether the requester reads a public entry's text: their own, or a staff operation meant for them. */
export function requesterReadsText(op: string): boolean {
  return isRequesterOperation(op) || (isOperacion(op) && TRANSITIONS[op].publicText);
}

export function nextState(estado: EstadoTicket, op: Operacion): EstadoTicket {
  return TRANSITIONS[op].to ?? estado;
}
