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

/** How the requester reads a state: the three states of a ticket being worked on are one to them. */
export interface EstadoPublico {
  nombre: string;
  /** White text on it meets WCAG AA (≥ 4.5:1). */
  color: string;
}

export interface EstadoInfo {
  codigo: EstadoTicket;
  /** The staff's word for the state. */
  nombre: string;
  descripcion: string;
  /** White text on it meets WCAG AA (≥ 4.5:1). */
  color: string;
  terminal: boolean;
  publico: EstadoPublico;
}

const EN_ATENCION: EstadoPublico = { nombre: 'En atención', color: '#6d28d9' };

export const ESTADO_INFO: Record<EstadoTicket, EstadoInfo> = {
  NUEVO: { codigo: 'NUEVO', nombre: 'Nuevo', descripcion: 'Recibido, pendiente de revisión', color: '#1d4ed8', terminal: false, publico: { nombre: 'Recibida', color: '#1d4ed8' } },
  ASIGNADO: { codigo: 'ASIGNADO', nombre: 'Asignado', descripcion: 'En atención por un área o una persona', color: '#6d28d9', terminal: false, publico: EN_ATENCION },
  TRANSFERIDO: { codigo: 'TRANSFERIDO', nombre: 'Transferido', descripcion: 'Enviado a otra área', color: '#0e7490', terminal: false, publico: EN_ATENCION },
  RECLASIFICADO: { codigo: 'RECLASIFICADO', nombre: 'Reclasificado', descripcion: 'Cambió su tipo o su clasificación', color: '#a16207', terminal: false, publico: EN_ATENCION },
  PAUSADO: { codigo: 'PAUSADO', nombre: 'En espera', descripcion: 'En espera de información del solicitante o de un tercero', color: '#c2410c', terminal: false, publico: { nombre: 'En espera de su respuesta', color: '#c2410c' } },
  CANCELADO: { codigo: 'CANCELADO', nombre: 'Cancelado', descripcion: 'Cerrado sin atender', color: '#4b5563', terminal: true, publico: { nombre: 'Cancelada', color: '#4b5563' } },
  ARCHIVADO: { codigo: 'ARCHIVADO', nombre: 'Resuelto', descripcion: 'Resuelto y cerrado', color: '#15803d', terminal: true, publico: { nombre: 'Resuelta', color: '#15803d' } },
};

export function isTerminal(estado: EstadoTicket): boolean {
  return ESTADO_INFO[estado].terminal;
}

export const OPEN_ESTADOS: readonly EstadoTicket[] = ESTADOS.filter((e) => !isTerminal(e));

/** PAUSADO is neither overdue nor at risk (docs/sla.md). */
export const RUNNING_ESTADOS: readonly EstadoTicket[] = OPEN_ESTADOS.filter((e) => e !== 'PAUSADO');

/** Judged CUMPLIDO or INCUMPLIDO by their closing time (docs/sla.md). */
export const CLOSED_ESTADOS: readonly EstadoTicket[] = ESTADOS.filter(isTerminal);
