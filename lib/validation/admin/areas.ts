import { z } from 'zod';
import { requiredText } from '@/lib/validation/text';
import { booleanField, optionalIntegerField, recordId } from '@/lib/validation/admin/fields';

const name = requiredText({ label: 'El nombre', min: 2, max: 100 });
// Blank means no limit (docs/admin.md).
const maxTickets = optionalIntegerField({ label: 'El límite de tickets activos', min: 1, max: 100_000 });

export const areaCreateSchema = z.object({ name, maxTickets });

export const areaUpdateSchema = z.object({ id: recordId('El área'), name, maxTickets });

export const areaActiveSchema = z.object({ id: recordId('El área'), active: booleanField('El campo activo') });

export type AreaCreateInput = z.output<typeof areaCreateSchema>;
export type AreaUpdateInput = z.output<typeof areaUpdateSchema>;
