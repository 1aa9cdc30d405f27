import { z } from 'zod';
import { ROLES } from '@/lib/domain/actor';
import { charCount } from '@/lib/domain/text-length';
import { requiredText } from '@/lib/validation/text';
import { booleanField, recordId, userIdField } from '@/lib/validation/admin/fields';

export const PASSWORD_LIMITS = { min: 10, max: 128 } as const;

const name = requiredText({ label: 'El nombre', min: 3, max: 150 });

const email = z
  .string({ error: (i) => (i.input == null ? 'El correo electrónico es obligatorio.' : 'El correo electrónico debe ser un texto.') })
  .trim()
  .refine((s) => s.length > 0, { message: 'El correo electrónico es obligatorio.', abort: true })
  .refine((s) => charCount(s) <= 254, { message: 'El correo electrónico debe tener como máximo 254 caracteres.', abort: true })
  .pipe(z.email({ error: 'El correo electrónico no es válido.' }))
  // Stored lower-case: sign-in compares case-insensitively (see the User model).
  .transform((s) => s.toLowerCase());

export const passwordField = z
  .string({ error: (i) => (i.input == null ? 'La contraseña es obligatoria.' : 'La contraseña debe ser un texto.') })
  .refine((s) => s.length > 0, { message: 'La contraseña es obligatoria.', abort: true })
  .refine((s) => charCount(s) >= PASSWORD_LIMITS.min, { message: `La contraseña debe tener al menos ${PASSWORD_LIMITS.min} caracteres.`, abort: true })
  .refine((s) => charCount(s) <= PASSWORD_LIMITS.max, { message: `La contraseña debe tener como máximo ${PASSWORD_LIMITS.max} caracteres.` });

const role = z.enum(ROLES, { error: 'El rol debe ser ADMIN, MESA o AREA.' });

const areaIds = z
  .array(recordId('El área'), { error: 'Las áreas deben ser una lista.' })
  .max(100, 'Un usuario puede tener como máximo 100 áreas.')
  .default([])
  .transform((ids) => [...new Set(ids)]);

// AREA staff see only their areas' tickets: without one they would see nothing.
const areaRoleNeedsArea = {
  path: ['areas'],
  message: 'Un usuario de rol AREA debe pertenecer al menos a un área.',
};

export const userCreateSchema = z
  .object({ name, email, role, areas: areaIds, password: passwordField })
  .refine((u) => u.role !== 'AREA' || u.areas.length > 0, areaRoleNeedsArea);

export const userUpdateSchema = z
  .object({ id: userIdField, name, role, areas: areaIds })
  .refine((u) => u.role !== 'AREA' || u.areas.length > 0, areaRoleNeedsArea);

export const userActiveSchema = z.object({ id: userIdField, active: booleanField('El campo activo') });

export const userPasswordSchema = z.object({ id: userIdField, password: passwordField });

export const userListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type UserCreateInput = z.output<typeof userCreateSchema>;
export type UserUpdateInput = z.output<typeof userUpdateSchema>;
export type UserFormValues = z.input<typeof userCreateSchema>;
