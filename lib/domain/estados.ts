export const ESTADOS = [
  'NUEVO',
  'ASIGNADO',
  'TRANSFERIDO',
  'RECLASIFICADO',
  'PAUSADO',
  'CANCELADO',
  'ARCHIVADO',
] as const;

export type EstadoTicket = (typeof ESTADOS)[number];

export interface EstadoInfo {
  codigo: EstadoTicket;
  nombre: string;
  descripcion: string;
  /** White text on it meets WCAG AA (≥ 4.5:1). */
  color: string;
  terminal: boolean;
}

export const ESTADO_INFO: Record<EstadoTicket, EstadoInfo> = {
  NUEVO: { codigo: 'NUEVO', nombre: 'Nuevo', descripcion: 'Recibido, pendiente de revisión', color: '#1d4ed8', terminal: false },
  ASIGNADO: { codigo: 'ASIGNADO', nombre: 'Asignado', descripcion: 'En atención por un área o una persona', color: '#6d28d9', terminal: false },
  TRANSFERIDO: { codigo: 'TRANSFERIDO', nombre: 'Transferido', descripcion: 'Enviado a otra área', color: '#0e7490', terminal: false },
  RECLASIFICADO: { codigo: 'RECLASIFICADO', nombre: 'Reclasificado', descripcion: 'Cambió su tipo o su clasificación', color: '#a16207', terminal: false },
  PAUSADO: { codigo: 'PAUSADO', nombre: 'Pausado', descripcion: 'En espera de información o de un tercero', color: '#c2410c', terminal: false },
  CANCELADO: { codigo: 'CANCELADO', nombre: 'Cancelado', descripcion: 'Cerrado sin atender', color: '#4b5563', terminal: true },
  ARCHIVADO: { codigo: 'ARCHIVADO', nombre: 'Archivado', descripcion: 'Resuelto y cerrado', color: '#15803d', terminal: true },
};

export function isTerminal(estado: EstadoTicket): boolean {
  return ESTADO_INFO[estado].terminal;
}

export const OPEN_ESTADOS: readonly EstadoTicket[] = ESTADOS.filter((e) => !isTerminal(e));

/** PAUSADO is neither overdue nor at risk (docs/sla.md). */
export const RUNNING_ESTADOS: readonly EstadoTicket[] = OPEN_ESTADOS.filter((e) => e !== 'PAUSADO');

/** Judged CUMPLIDO or INCUMPLIDO by their closing time (docs/sla.md). */
export const CLOSED_ESTADOS: readonly EstadoTicket[] = ESTADOS.filter(isTerminal);
