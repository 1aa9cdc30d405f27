import { z } from 'zod';
import { requiredText } from '@/lib/validation/text';
import { booleanField, optionalIntegerField, recordId } from '@/lib/validation/admin/fields';

const name = requiredText({ label: 'El nombre', min: 2, max: 100 });
const areaId = optionalIntegerField({ label: 'El área sugerida', min: 1, max: 2_147_483_647 });

// The area is only a triage hint.
export const categoryCreateSchema = z.object({ name, areaId });

export const categoryUpdateSchema = z.object({ id: recordId('La categoría'), name, areaId });

export const subcategoryCreateSchema = z.object({ categoryId: recordId('La categoría'), name });

export const subcategoryUpdateSchema = z.object({ id: recordId('La subcategoría'), name });

export const catalogActiveSchema = z.object({ id: recordId('El registro'), active: booleanField('El campo activo') });

export type CategoryCreateInput = z.output<typeof categoryCreateSchema>;
