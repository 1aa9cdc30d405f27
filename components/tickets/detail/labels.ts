import type { CanalTicket } from '@/lib/domain/tipos';
import { TRANSITIONS, isOperacion } from '@/lib/domain/transitions';

/** How each channel of SPEC §2 reads in the panel. */
export const CANAL_NOMBRE: Record<CanalTicket, string> = {
  WEB: 'Formulario web',
  API: 'API',
  TELEFONO: 'Teléfono',
  PRESENCIAL: 'Presencial',
  EMAIL: 'Correo electrónico',
};

// History entries that are not staff operations of the transition table.
const OTHER_ENTRIES: Record<string, string> = {
  crear: 'Radicado',
  responder: 'Respuesta del solicitante',
  prorrogar: 'Prórroga del plazo',
};

/** The title of a history entry: the transition table's name of the operation. */
export function historyEntryTitle(op: string): string {
  return isOperacion(op) ? TRANSITIONS[op].nombre : (OTHER_ENTRIES[op] ?? op);
}
