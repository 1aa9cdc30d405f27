import { PAGE_SIZES, QUEUE_SORTS } from '@/lib/domain/queue';
import { ESTADOS } from '@/lib/domain/estados';
import { SLA_ESTADOS } from '@/lib/domain/sla';
import { TIPOS } from '@/lib/domain/tipos';
import { QUEUE_DATE_RANGE } from '@/lib/validation/queue';

const listParam = (name: string, description: string, values?: readonly string[]) => ({
  name,
  in: 'query',
  description: `${description} Varios valores separados por comas o repetidos.`,
  schema: { type: 'array', items: values ? { type: 'string', enum: [...values] } : { type: 'string' } },
  style: 'form',
  explode: false,
});

/** The query of the queue (GET /api/tickets), shared by the export and the live board's changes. */
export const QUEUE_PARAMETERS = [
  listParam('estado', 'Estados.', ESTADOS),
  listParam('tipo', 'Tipos.', TIPOS),
  listParam('prioridad', 'Códigos de prioridad.'),
  listParam('area', 'Nombres de área (el personal de área solo ve las suyas).'),
  { name: 'asignadoA', in: 'query', description: '`yo`, `ninguno` o el id de un usuario.', schema: { type: 'string' } },
  listParam('slaEstado', 'Estados del SLA.', SLA_ESTADOS),
  { name: 'desde', in: 'query', description: `Creados desde esta fecha local (AAAA-MM-DD, de ${QUEUE_DATE_RANGE.first} a ${QUEUE_DATE_RANGE.last}).`, schema: { type: 'string', format: 'date' } },
  { name: 'hasta', in: 'query', description: `Creados hasta esta fecha local, inclusive (AAAA-MM-DD, de ${QUEUE_DATE_RANGE.first} a ${QUEUE_DATE_RANGE.last}).`, schema: { type: 'string', format: 'date' } },
  { name: 'q', in: 'query', description: 'Texto en número, nombre, correo, asunto o descripción.', schema: { type: 'string', maxLength: 200 } },
  listParam('etiqueta', 'Etiquetas: los tickets con cualquiera de ellas.'),
  { name: 'respuesta', in: 'query', description: '`solicitante`: solo los tickets cuyo último mensaje público es del solicitante.', schema: { type: 'string', enum: ['solicitante'] } },
  { name: 'orden', in: 'query', schema: { type: 'string', enum: [...QUEUE_SORTS], default: 'creado' } },
  { name: 'dir', in: 'query', schema: { type: 'string', enum: ['asc', 'desc'], default: 'desc' } },
  { name: 'cursor', in: 'query', description: 'El `nextCursor` o `prevCursor` de una página anterior.', schema: { type: 'string' } },
  { name: 'tamano', in: 'query', schema: { type: 'integer', enum: [...PAGE_SIZES], default: 25 } },
];
