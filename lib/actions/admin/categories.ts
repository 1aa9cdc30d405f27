'use server';

import { adminAction } from '@/lib/actions/admin/run';
import { createCategory, setCategoryActive, updateCategory } from '@/lib/data/admin/categories';
import { createSubcategory, setSubcategoryActive, updateSubcategory } from '@/lib/data/admin/subcategories';
import { catalogActiveSchema, categoryCreateSchema, categoryUpdateSchema, subcategoryCreateSchema, subcategoryUpdateSchema } from '@/lib/validation/admin/categories';

/** Creates a category (/panel/admin/categorias). */
export const createCategoryAction = adminAction(categoryCreateSchema, createCategory, 'crear una categoría', 'Categoría creada.');

/** Renames a category or changes its area hint. */
export const updateCategoryAction = adminAction(categoryUpdateSchema, updateCategory, 'editar una categoría', 'Cambios de la categoría guardados.');

/** Deactivates or reactivates a category. */
export const setCategoryActiveAction = adminAction(catalogActiveSchema, setCategoryActive, 'cambiar el estado de una categoría', 'Estado de la categoría actualizado.');

/** Adds a subcategory. */
export const createSubcategoryAction = adminAction(subcategoryCreateSchema, createSubcategory, 'crear una subcategoría', 'Subcategoría creada.');

/** Renames a subcategory. */
export const updateSubcategoryAction = adminAction(subcategoryUpdateSchema, updateSubcategory, 'editar una subcategoría', 'Cambios de la subcategoría guardados.');

/** Deactivates or reactivates a subcategory. */
export const setSubcategoryActiveAction = adminAction(catalogActiveSchema, setSubcategoryActive, 'cambiar el estado de una subcategoría', 'Estado de la subcategoría actualizado.');
