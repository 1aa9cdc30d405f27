import { TRANSITIONS, isOperacion, isRequesterOperation, type HistoryOperacion } from './transitions';

export interface HistoryEntryInfo {
  nombre: string;
  /** The title the requester reads in the public timeline. */
  nombrePublico: string;
}

export const HISTORY_ENTRY_INFO: Readonly<Record<HistoryOperacion, HistoryEntryInfo>> = {
  crear: { nombre: 'Radicado', nombrePublico: 'Solicitud radicada' },
  asignar: { nombre: TRANSITIONS.asignar.nombre, nombrePublico: 'Solicitud asignada' },
  transferir: { nombre: TRANSITIONS.transferir.nombre, nombrePublico: 'Transferida a otra área' },
  reclasificar: { nombre: TRANSITIONS.reclasificar.nombre, nombrePublico: 'Solicitud reclasificada' },
  pausar: { nombre: TRANSITIONS.pausar.nombre, nombrePublico: 'Solicitud en pausa' },
  reabrir: { nombre: TRANSITIONS.reabrir.nombre, nombrePublico: 'Solicitud reanudada' },
  actualizar: { nombre: TRANSITIONS.actualizar.nombre, nombrePublico: 'Respuesta de la mesa de ayuda' },
  cancelar: { nombre: TRANSITIONS.cancelar.nombre, nombrePublico: 'Solicitud cancelada' },
  archivar: { nombre: TRANSITIONS.archivar.nombre, nombrePublico: 'Solicitud resuelta' },
  prorrogar: { nombre: TRANSITIONS.prorrogar.nombre, nombrePublico: 'Plazo prorrogado' },
  etiquetar: { nombre: TRANSITIONS.etiquetar.nombre, nombrePublico: 'Etiquetas cambiadas' },
  responder: { nombre: 'Respuesta del solicitante', nombrePublico: 'Respuesta del solicitante' },
};

// History rows are read as stored strings: one this build does not know keeps its own name.
function infoOf(op: string): HistoryEntryInfo | null {
  return isOperacion(op) || isRequesterOperation(op) ? HISTORY_ENTRY_INFO[op] : null;
}

export function historyEntryTitle(op: string): string {
  return infoOf(op)?.nombre ?? op;
}

export function publicHistoryEntryTitle(op: string): string {
  return infoOf(op)?.nombrePublico ?? op;
}
