import { z } from 'zod';
import { TIPOS } from '@/lib/domain/tipos';
import { etiquetasSchema } from '@/lib/validation/etiquetas';
import { optionalText, requiredText } from '@/lib/validation/text';
import { TICKET_LIMITS } from '@/lib/domain/ticket-limits';

const TEXT_MAX = 4000;

// Optimistic concurrency: the version the client last saw (docs/workflow.md).
const expectedVersion = z
  .number({ error: 'La versión esperada debe ser un número entero.' })
  .int('La versión esperada debe ser un número entero.')
  .min(1, 'La versión esperada debe ser mayor que cero.')
  .optional();

const uuid = z.uuid({ error: 'El usuario asignado no es válido.' });

/** The body of each operation of docs/workflow.md, shared by the API, the actions and the forms. */
export const operationBodySchemas = {
  asignar: z
    .object({
      asignadoA: uuid.optional(),
      area: optionalText({ label: 'El área', feminine: true, max: TICKET_LIMITS.areaAsignada.max }),
      nota: optionalText({ label: 'La nota', max: TEXT_MAX, multiline: true }),
      expectedVersion,
    })
    .refine((b) => b.asignadoA !== undefined || b.area !== undefined, {
      message: 'Indique el usuario asignado, el área o ambos.',
      path: ['asignadoA'],
    }),
  transferir: z.object({
    area: requiredText({ label: 'El área', feminine: true, max: TICKET_LIMITS.areaAsignada.max }),
    motivo: optionalText({ label: 'El motivo', max: TEXT_MAX, multiline: true }),
    expectedVersion,
  }),
  reclasificar: z
    .object({
      tipo: z.enum(TIPOS, { error: `El tipo debe ser uno de: ${TIPOS.join(', ')}.` }).optional(),
      categoria: optionalText({ label: 'La categoría', ...TICKET_LIMITS.categoria }),
      subcategoria: optionalText({ label: 'La subcategoría', ...TICKET_LIMITS.subcategoria }),
      prioridad: optionalText({ label: 'La prioridad', ...TICKET_LIMITS.prioridad }).transform((s) => s?.toUpperCase()),
      motivo: optionalText({ label: 'El motivo', max: TEXT_MAX, multiline: true }),
      expectedVersion,
    })
    .refine((b) => [b.tipo, b.categoria, b.subcategoria, b.prioridad].some((v) => v !== undefined), {
      message: 'Indique al menos uno de: tipo, categoría, subcategoría o prioridad.',
      path: ['tipo'],
    }),
  pausar: z.object({
    motivo: requiredText({ label: 'El motivo', max: TEXT_MAX, multiline: true }),
    expectedVersion,
  }),
  reabrir: z.object({
    nota: optionalText({ label: 'La nota', max: TEXT_MAX, multiline: true }),
    expectedVersion,
  }),
  actualizar: z.object({
    nota: requiredText({ label: 'La nota', max: TEXT_MAX, multiline: true }),
    publica: z.boolean({ error: 'El campo publica debe ser verdadero o falso.' }).default(false),
    /** The message answered: the reply joins its thread (docs/conversation.md). */
    respondeA: z.uuid({ error: 'El mensaje al que responde no es válido.' }).optional(),
    expectedVersion,
  }),
  cancelar: z.object({
    motivo: requiredText({ label: 'El motivo', max: TEXT_MAX, multiline: true }),
    expectedVersion,
  }),
  prorrogar: z.object({
    motivo: requiredText({ label: 'El motivo', max: TEXT_MAX, multiline: true }),
    extension: z
      .number({ error: 'La extensión debe ser un número entero de horas o días del plazo.' })
      .int('La extensión debe ser un número entero de horas o días del plazo.')
      .min(1, 'La extensión debe ser de al menos 1.')
      .optional(),
    expectedVersion,
  }),
  archivar: z.object({
    resolucion: requiredText({ label: 'La resolución', max: TEXT_MAX, multiline: true }),
    expectedVersion,
  }),
  etiquetar: z
    .object({
      agregar: etiquetasSchema('Las etiquetas para agregar').optional(),
      quitar: etiquetasSchema('Las etiquetas para quitar').optional(),
      expectedVersion,
    })
    .refine((b) => (b.agregar?.length ?? 0) + (b.quitar?.length ?? 0) > 0, {
      message: 'Indique al menos una etiqueta para agregar o quitar.',
      path: ['agregar'],
    }),
} as const;

export type OperationBodies = { [K in keyof typeof operationBodySchemas]: z.output<(typeof operationBodySchemas)[K]> };
