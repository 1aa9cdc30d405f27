import { z } from 'zod';
import { SLA_CLOCKS } from '@/lib/domain/sla';
import { TIPOS } from '@/lib/domain/tipos';
import { integerField } from '@/lib/validation/admin/fields';

/** The policy sets a fresh installation has (docs/admin.md). */
export const POLICY_SETS = ['GENERAL', 'PQRS'] as const;

export const POLICY_SET_INFO: Record<string, { nombre: string; descripcion: string }> = {
  GENERAL: { nombre: 'General', descripcion: 'Plazos en horas por tipo y prioridad.' },
  PQRS: { nombre: 'PQRS (Ley 1755 de 2015)', descripcion: 'Plazos legales en días hábiles para peticiones, quejas, reclamos, solicitudes y consultas.' },
};

/** The most a term may be, by clock: a year of hours, or a year of business days. */
export const DURATION_LIMITS = { HORAS_HABILES: 8760, HORAS_CALENDARIO: 8760, DIAS_HABILES: 365 } as const;

const policySet = z
  .string({ error: 'El conjunto de políticas es obligatorio.' })
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{1,29}$/, 'El conjunto de políticas no es válido.');

export const slaPolicyUpdateSchema = z
  .object({
    policySet,
    tipo: z.enum(TIPOS, { error: `El tipo debe ser uno de: ${TIPOS.join(', ')}.` }),
    prioridad: z.string({ error: 'La prioridad es obligatoria.' }).trim().min(1, 'La prioridad es obligatoria.').max(20, 'La prioridad no es válida.'),
    duracion: integerField({ label: 'La duración', min: 1, max: DURATION_LIMITS.HORAS_HABILES }),
    reloj: z.enum(SLA_CLOCKS, { error: 'El reloj debe ser horas hábiles, horas calendario o días hábiles.' }),
  })
  .refine((p) => p.duracion <= DURATION_LIMITS[p.reloj], {
    path: ['duracion'],
    message: `La duración en días hábiles debe ser como máximo ${DURATION_LIMITS.DIAS_HABILES}.`,
  });

export const activePolicySetSchema = z.object({ activePolicySet: policySet });

export type SlaPolicyUpdateInput = z.output<typeof slaPolicyUpdateSchema>;
