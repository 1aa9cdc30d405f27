import { isOperacion, isRequesterOperation, type HistoryOperacion } from './transitions';

export interface HistoryEntryInfo {
  /** What happened, as staff read it in the timeline (the event, not the button). */
  nombre: string;
  /** The title the requester reads in the public timeline. */
  nombrePublico: string;
}

export const HISTORY_ENTRY_INFO: Readonly<Record<HistoryOperacion, HistoryEntryInfo>> = {
  crear: { nombre: 'Creado', nombrePublico: 'Su solicitud fue recibida' },
  asignar: { nombre: 'Asignado', nombrePublico: 'Su solicitud está en atención' },
  transferir: { nombre: 'Transferido', nombrePublico: 'Su solicitud pasó a otra área' },
  reclasificar: { nombre: 'Reclasificado', nombrePublico: 'Su solicitud fue reclasificada' },
  pausar: { nombre: 'En espera', nombrePublico: 'En espera de su respuesta' },
  reabrir: { nombre: 'Reanudado', nombrePublico: 'Su solicitud está en atención de nuevo' },
  actualizar: { nombre: 'Nota agregada', nombrePublico: 'Respuesta de la mesa' },
  cancelar: { nombre: 'Cancelado', nombrePublico: 'Su solicitud fue cancelada' },
  archivar: { nombre: 'Resuelto', nombrePublico: 'Su solicitud fue resuelta' },
  prorrogar: { nombre: 'Plazo prorrogado', nombrePublico: 'El plazo de respuesta se prorrogó' },
  etiquetar: { nombre: 'Etiquetas cambiadas', nombrePublico: 'Etiquetas cambiadas' },
  responder: { nombre: 'Respuesta del solicitante', nombrePublico: 'Su respuesta' },
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

export interface StaffHistoryEvent {
  operacion: string;
  datos?: unknown;
  autorNombre: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whom an asignar or transferir entry sent the ticket to: the person when there is one, else the area. */
function destinationOf(op: string, datos: unknown): string | null {
  if (!isObject(datos)) return null;
  const person = isObject(datos.asignadoA) && typeof datos.asignadoA.name === 'string' ? datos.asignadoA.name : null;
  const area = typeof datos.area === 'string' ? datos.area : null;
  return op === 'asignar' ? (person ?? area) : area;
}

/**
 * The timeline's line for an entry, in the language of events: "Asignado a Sistemas por Laura",
 * "Transferido a Jurídica por Laura", "Reclasificado por Laura", "Creado por Ana", "Resuelto".
 */
export function staffHistoryEventTitle({ operacion, datos, autorNombre }: StaffHistoryEvent): string {
  const title = historyEntryTitle(operacion);
  const by = autorNombre.trim() ? ` por ${autorNombre.trim()}` : '';
  switch (operacion) {
    case 'asignar':
    case 'transferir': {
      const to = destinationOf(operacion, datos);
      return `${title}${to ? ` a ${to}` : ''}${by}`;
    }
    case 'crear':
    case 'reclasificar':
      return `${title}${by}`;
    default:
      return title;
  }
}
