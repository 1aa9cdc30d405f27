import type { Rol } from './actor';
import { OPEN_ESTADOS, type EstadoTicket } from './estados';
import type { SlaEstado } from './sla';
import type { TipoTicket } from './tipos';

export const QUEUE_SORTS = ['creado', 'limite', 'prioridad', 'actualizado'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const QUEUE_SORT_LABELS: Readonly<Record<QueueSort, string>> = Object.freeze({
  creado: 'Fecha de creación',
  limite: 'Fecha límite del SLA',
  prioridad: 'Prioridad',
  actualizado: 'Última actualización',
});

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

/** Who a ticket is assigned to, as a filter: the signed-in user, nobody, or one user by id. */
export type AssigneeFilter = 'yo' | 'ninguno' | string;

/** The filters of the queue; an empty list means "any". */
export interface QueueFilters {
  estado: EstadoTicket[];
  tipo: TipoTicket[];
  /** Upper-case codes. */
  prioridad: string[];
  /** Area names. */
  area: string[];
  asignadoA: AssigneeFilter | null;
  slaEstado: SlaEstado[];
  /** Local dates (YYYY-MM-DD) in the calendar's zone, both inclusive. */
  desde: string | null;
  hasta: string | null;
  /** Searched in label, nombre, email, asunto and descripcion. */
  q: string | null;
  /** Normalised tags; a ticket with any of them matches. */
  etiqueta: string[];
  /** `solicitante`: only tickets whose last public message is the requester's. */
  respuesta: RespuestaFilter | null;
}

export const RESPUESTA_FILTERS = ['solicitante'] as const;
export type RespuestaFilter = (typeof RESPUESTA_FILTERS)[number];

/** A board view, as kept in the URL. */
export interface QueueQuery extends QueueFilters {
  orden: QueueSort;
  dir: SortDirection;
  cursor: string | null;
  tamano: number;
}

export const EMPTY_FILTERS: Readonly<QueueFilters> = Object.freeze({
  estado: [],
  tipo: [],
  prioridad: [],
  area: [],
  asignadoA: null,
  slaEstado: [],
  desde: null,
  hasta: null,
  q: null,
  etiqueta: [],
  respuesta: null,
});

export const DEFAULT_QUEUE_QUERY: Readonly<QueueQuery> = Object.freeze({
  ...EMPTY_FILTERS,
  orden: 'creado',
  dir: 'desc',
  cursor: null,
  tamano: DEFAULT_PAGE_SIZE,
});

export type QueuePresetId =
  | 'nuevos-sin-asignar'
  | 'vencidos-en-riesgo'
  | 'asignados-a-mi'
  | 'en-espera'
  | 'respuesta-solicitante'
  | 'abiertos-mis-areas'
  | 'en-riesgo';

export interface QueuePreset {
  id: QueuePresetId;
  nombre: string;
  descripcion: string;
  /** What the preset sets; every other filter is cleared. */
  query: Partial<QueueQuery>;
}

/** Every preset of every role; a role's own are `queuePresetsFor(role)`. */
export const QUEUE_PRESETS: readonly QueuePreset[] = Object.freeze([
  {
    id: 'nuevos-sin-asignar',
    nombre: 'Nuevos sin asignar',
    descripcion: 'Tickets nuevos que nadie ha tomado, los más antiguos primero',
    query: { estado: ['NUEVO'], asignadoA: 'ninguno', orden: 'creado', dir: 'asc' },
  },
  {
    id: 'vencidos-en-riesgo',
    nombre: 'Vencidos y en riesgo',
    descripcion: 'Tickets abiertos con el SLA vencido o a punto de vencer',
    query: { slaEstado: ['VENCIDO', 'EN_RIESGO'], orden: 'limite', dir: 'asc' },
  },
  {
    id: 'abiertos-mis-areas',
    nombre: 'Abiertos de mis áreas',
    descripcion: 'Los tickets sin cerrar de sus áreas, el plazo más próximo primero',
    query: { estado: [...OPEN_ESTADOS], orden: 'limite', dir: 'asc' },
  },
  {
    id: 'asignados-a-mi',
    nombre: 'Asignados a mí',
    descripcion: 'Tickets asignados a usted, el plazo más próximo primero',
    query: { asignadoA: 'yo', orden: 'limite', dir: 'asc' },
  },
  {
    id: 'en-riesgo',
    nombre: 'En riesgo',
    descripcion: 'Tickets abiertos a punto de vencer, el plazo más próximo primero',
    query: { slaEstado: ['EN_RIESGO'], orden: 'limite', dir: 'asc' },
  },
  {
    id: 'en-espera',
    nombre: 'En espera',
    descripcion: 'Tickets pausados, los cambiados más recientemente primero',
    query: { estado: ['PAUSADO'], orden: 'actualizado', dir: 'desc' },
  },
  {
    id: 'respuesta-solicitante',
    nombre: 'Respuesta del solicitante',
    descripcion: 'Tickets cuyo último mensaje público es del solicitante, los más recientes primero',
    query: { respuesta: 'solicitante', orden: 'actualizado', dir: 'desc' },
  },
]);

// AREA staff cannot asignar, so an unassigned-tickets queue is not theirs to work; the open tickets
// of their areas are their whole queue (docs/queue.md#presets).
const PRESETS_BY_ROLE: Readonly<Record<Rol, readonly QueuePresetId[]>> = Object.freeze({
  ADMIN: ['nuevos-sin-asignar', 'vencidos-en-riesgo', 'asignados-a-mi', 'en-espera', 'respuesta-solicitante'],
  MESA: ['nuevos-sin-asignar', 'vencidos-en-riesgo', 'asignados-a-mi', 'en-espera', 'respuesta-solicitante'],
  AREA: ['abiertos-mis-areas', 'asignados-a-mi', 'en-riesgo', 'en-espera', 'respuesta-solicitante'],
});

/** The presets the board offers a role, in the order shown. */
export function queuePresetsFor(role: Rol): QueuePreset[] {
  return PRESETS_BY_ROLE[role].map((id) => QUEUE_PRESETS.find((p) => p.id === id)!);
}

export function presetQuery(preset: QueuePreset): QueueQuery {
  return { ...DEFAULT_QUEUE_QUERY, ...preset.query, cursor: null };
}
