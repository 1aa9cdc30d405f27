import { z } from 'zod';
import { requiredText } from '@/lib/validation/text';
import { booleanField, integerField } from '@/lib/validation/admin/fields';

// Tickets store prioridad upper-case, at most 20 characters (docs/api.md).
const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,19}$/;

const code = z
  .string({ error: (i) => (i.input == null ? 'El código es obligatorio.' : 'El código debe ser un texto.') })
  .trim()
  .toUpperCase()
  .refine((s) => s.length > 0, { message: 'El código es obligatorio.', abort: true })
  .refine((s) => CODE_PATTERN.test(s), {
    message: 'El código debe tener de 2 a 20 caracteres: letras sin tildes, números o guiones bajos, y empezar por una letra.',
  });

const label = requiredText({ label: 'El nombre', min: 2, max: 50 });
const sortOrder = integerField({ label: 'El orden', min: 0, max: 1000 });

// `slaHoras` fills the priority's column of every policy set, so a ticket with it always finds a policy.
export const priorityCreateSchema = z.object({
  code,
  label,
  sortOrder,
  slaHoras: integerField({ label: 'Las horas hábiles de SLA', min: 1, max: 8760 }),
});

// The code may change only while no ticket uses it.
export const priorityUpdateSchema = z.object({
  code: z.string({ error: 'La prioridad no es válida.' }).trim().min(1, 'La prioridad no es válida.').max(20, 'La prioridad no es válida.'),
  newCode: code,
  label,
  sortOrder,
  active: booleanField('El campo activo'),
});

export type PriorityCreateInput = z.output<typeof priorityCreateSchema>;
export type PriorityUpdateInput = z.output<typeof priorityUpdateSchema>;
