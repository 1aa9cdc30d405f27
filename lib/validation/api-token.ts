import { z } from 'zod';
import { TOKEN_ROLES } from '@/lib/domain/actor';
import { requiredText } from '@/lib/validation/text';

export const apiTokenInputSchema = z
  .object({
    name: requiredText({ label: 'El nombre', max: 100 }),
    role: z.enum(TOKEN_ROLES, { error: 'El rol debe ser ADMIN, MESA, AREA o CORREO.' }),
    areas: z
      .array(requiredText({ label: 'El área', feminine: true, max: 100 }), { error: 'Las áreas deben ser una lista de nombres.' })
      .max(50, 'Un token puede tener como máximo 50 áreas.')
      .default([])
      .transform((names) => [...new Set(names)]),
  })
  .refine((input) => input.role !== 'AREA' || input.areas.length > 0, {
    path: ['areas'],
    message: 'Un token de rol AREA debe tener al menos un área.',
  })
  // Only an AREA token is scoped by areas; the others would keep names that mean nothing.
  .transform((input) => (input.role === 'AREA' ? input : { ...input, areas: [] }));

export type ApiTokenInput = z.infer<typeof apiTokenInputSchema>;

export const apiTokenParamsSchema = z.object({ id: z.uuid({ error: 'El identificador del token no es válido.' }) });
