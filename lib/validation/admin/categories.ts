import { z } from 'zod';
import { requiredText } from '@/lib/validation/text';
import { booleanField, optionalIntegerField, recordId } from '@/lib/validation/admin/fields';

const name = requiredText({ label: 'El nombre', min: 2, max: 100 });
const areaId = optionalIntegerField({ label: 'El área sugerida', min: 1, max: 2_147_483_647 });

/** A new category, with the area that usually handles it (a hint for triage). */
export const categoryCreateSchema = z.object({ name, areaId });

/** A category's name and area hint. */
export const categoryUpdateSchema = z.object({ id: recordId('La categoría'), name, areaId });

/** A new subcategory of a category. */
export const subcategoryCreateSchema = z.object({ categoryId: recordId('La categoría'), name });

/** A subcategory's name. */
export const subcategoryUpdateSchema = z.object({ id: recordId('La subcategoría'), name });

/** Deactivating or reactivating a category or a subcategory. */
export const catalogActiveSchema = z.object({ id: recordId('El registro'), active: booleanField('El campo activo') });

export type CategoryCreateInput = z.output<typeof categoryCreateSchema>;
