import { z } from 'zod';
import { ESTADOS } from '@/lib/domain/estados';
import { BOARD_DENSITIES } from '@/lib/domain/queue-density';
import { etiquetaRefusal, normalizeEtiqueta } from '@/lib/domain/etiquetas';
import { DEFAULT_QUEUE_QUERY, PAGE_SIZES, QUEUE_SORTS, RESPUESTA_FILTERS, SORT_DIRECTIONS, type QueueQuery, type RespuestaFilter } from '@/lib/domain/queue';
import { SLA_ESTADOS } from '@/lib/domain/sla';
import { TIPOS } from '@/lib/domain/tipos';
import { optionalText } from '@/lib/validation/text';
import { isUuid } from '@/lib/domain/uuid';

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function list<T extends string>(values: readonly T[], label: string, normalise: (s: string) => string = (s) => s) {
  return z
    .array(z.string())
    .transform((raw) => [...new Set(raw.flatMap((v) => v.split(',')).map((v) => normalise(v.trim())).filter(Boolean))])
    // Checked as a whole, so the error names the parameter ("estado"), not one element ("estado.0").
    .refine((items) => items.every((v) => (values as readonly string[]).includes(v)), `${label} debe ser uno de: ${values.join(', ')}.`)
    .transform((items) => items as T[]);
}

const freeList = (label: string, normalise: (s: string) => string = (s) => s) =>
  z
    .array(z.string())
    .transform((raw) => [...new Set(raw.flatMap((v) => v.split(',')).map((v) => normalise(v.trim())).filter(Boolean))])
    .refine((items) => items.length <= 50, `${label}: como máximo 50 valores.`)
    .refine((items) => items.every((i) => i.length <= 100), `${label}: cada valor debe tener como máximo 100 caracteres.`);

/** The dates a ticket can carry: the query turns a date into the instants of its local day, which must exist. */
export const QUEUE_DATE_RANGE = { first: '1970-01-01', last: '2999-12-31' } as const;

const localDate = (label: string) =>
  z
    .string()
    .optional()
    .transform((s) => (s?.trim() ? s.trim() : null))
    .refine((s) => s === null || (LOCAL_DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)), {
      message: `${label} debe ser una fecha AAAA-MM-DD.`,
      abort: true,
    })
    .refine((s) => s === null || (s >= QUEUE_DATE_RANGE.first && s <= QUEUE_DATE_RANGE.last), {
      message: `${label} debe estar entre ${QUEUE_DATE_RANGE.first} y ${QUEUE_DATE_RANGE.last}.`,
    });

/** The board's URL state, the query of GET /api/tickets (docs/queue.md). */
export const queueQuerySchema = z
  .object({
    estado: list(ESTADOS, 'El estado', (s) => s.toUpperCase()),
    tipo: list(TIPOS, 'El tipo', (s) => s.toUpperCase()),
    prioridad: freeList('La prioridad', (s) => s.toUpperCase()),
    area: freeList('El área'),
    asignadoA: z
      .string()
      .optional()
      .transform((s) => (s?.trim() ? s.trim() : null))
      .refine((s) => s === null || s === 'yo' || s === 'ninguno' || isUuid(s), {
        message: 'El asignado debe ser "yo", "ninguno" o el id de un usuario.',
      }),
    slaEstado: list(SLA_ESTADOS, 'El estado del SLA', (s) => s.toUpperCase()),
    desde: localDate('La fecha inicial'),
    hasta: localDate('La fecha final'),
    q: optionalText({ label: 'La búsqueda', max: 200 }).transform((s) => s ?? null),
    etiqueta: freeList('La etiqueta', normalizeEtiqueta).refine((items) => items.every((e) => etiquetaRefusal(e) === null), {
      message: 'La etiqueta solo puede tener letras, números, "-" y "_", hasta 40 caracteres.',
    }),
    respuesta: z
      .string()
      .optional()
      .transform((s) => (s?.trim() ? s.trim().toLowerCase() : null))
      .refine((s) => s === null || (RESPUESTA_FILTERS as readonly string[]).includes(s), `La respuesta debe ser: ${RESPUESTA_FILTERS.join(', ')}.`)
      .transform((s) => s as RespuestaFilter | null),
    orden: z.enum(QUEUE_SORTS, { error: `El orden debe ser uno de: ${QUEUE_SORTS.join(', ')}.` }).default(DEFAULT_QUEUE_QUERY.orden),
    dir: z.enum(SORT_DIRECTIONS, { error: 'La dirección debe ser asc o desc.' }).default(DEFAULT_QUEUE_QUERY.dir),
    cursor: z
      .string()
      .max(500, 'El cursor no es válido.')
      .optional()
      .transform((s) => (s?.trim() ? s.trim() : null)),
    tamano: z.coerce
      .number({ error: 'El tamaño de página debe ser un número.' })
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), `El tamaño de página debe ser uno de: ${PAGE_SIZES.join(', ')}.`)
      .default(DEFAULT_QUEUE_QUERY.tamano),
  })
  .refine((q) => q.desde === null || q.hasta === null || q.desde <= q.hasta, {
    message: 'La fecha inicial no puede ser posterior a la final.',
    path: ['desde'],
  }) satisfies z.ZodType<QueueQuery, unknown>;

const MULTI = new Set(['estado', 'tipo', 'prioridad', 'area', 'slaEstado', 'etiqueta']);

export function searchParamsToObject(params: SearchParamsInput): Record<string, unknown> {
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x])));
  const out: Record<string, unknown> = {};
  for (const key of MULTI) out[key] = [];
  for (const [key, value] of entries) {
    if (MULTI.has(key)) (out[key] as string[]).push(value);
    else if (!(key in out)) out[key] = value;
  }
  return out;
}

/** The query's URL form: only what differs from the default, lists comma-separated, stable order. */
export function queueQueryToSearchParams(query: Partial<QueueQuery>): URLSearchParams {
  const params = new URLSearchParams();
  const full = { ...DEFAULT_QUEUE_QUERY, ...query };
  for (const key of Object.keys(DEFAULT_QUEUE_QUERY) as (keyof QueueQuery)[]) {
    const value = full[key];
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else if (value !== null && value !== DEFAULT_QUEUE_QUERY[key]) {
      params.set(key, String(value));
    }
  }
  return params;
}

/** The density switch's value (lib/actions/board-density.ts). */
export const boardDensitySchema = z.object({
  density: z.enum(BOARD_DENSITIES, { error: 'La densidad debe ser COMPACT o COMFORTABLE.' }),
});
export type BoardDensityInput = z.infer<typeof boardDensitySchema>;
