import { z } from 'zod';
import { ROLES } from '@/lib/domain/actor';
import { requiredText } from '@/lib/validation/text';

export const apiTokenInputSchema = z
  .object({
    name: requiredText({ label: 'El nombre', max: 100 }),
    role: z.enum(ROLES, { error: 'El rol debe ser ADMIN, MESA o AREA.' }),
    areas: z
      .array(requiredText({ label: 'El área', feminine: true, max: 100 }), { error: 'Las áreas deben ser una lista de nombres.' })
      .max(50, 'Un token puede tener como máximo 50 áreas.')
      .default([])
      .transform((names) => [...new Set(names)]),
  })
  .refine((input) => input.role !== 'AREA' || input.areas.length > 0, {
    path: ['areas'],
    message: 'Un token de rol AREA debe tener al menos un área.',
  });

export type ApiTokenInput = z.infer<typeof apiTokenInputSchema>;

export const apiTokenParamsSchema = z.object({ id: z.uuid({ error: 'El identificador del token no es válido.' }) });
