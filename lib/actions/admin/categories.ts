'use server';

import { runAdminAction } from '@/lib/actions/admin/run';
import { createCategory, setCategoryActive, updateCategory } from '@/lib/data/admin/categories';
import { createSubcategory, setSubcategoryActive, updateSubcategory } from '@/lib/data/admin/subcategories';

/** Creates a category (/panel/admin/categorias). */
export async function createCategoryAction(input: unknown) {
  return runAdminAction('crear una categoría', (actor) => createCategory(actor, input), 'Categoría creada.');
}

/** Renames a category or changes its area hint. */
export async function updateCategoryAction(input: unknown) {
  return runAdminAction('editar una categoría', (actor) => updateCategory(actor, input), 'Cambios de la categoría guardados.');
}

/** Deactivates or reactivates a category. */
export async function setCategoryActiveAction(input: unknown) {
  return runAdminAction('cambiar el estado de una categoría', (actor) => setCategoryActive(actor, input), 'Estado de la categoría actualizado.');
}

/** Adds a subcategory. */
export async function createSubcategoryAction(input: unknown) {
  return runAdminAction('crear una subcategoría', (actor) => createSubcategory(actor, input), 'Subcategoría creada.');
}

/** Renames a subcategory. */
export async function updateSubcategoryAction(input: unknown) {
  return runAdminAction('editar una subcategoría', (actor) => updateSubcategory(actor, input), 'Cambios de la subcategoría guardados.');
}

/** Deactivates or reactivates a subcategory. */
export async function setSubcategoryActiveAction(input: unknown) {
  return runAdminAction('cambiar el estado de una subcategoría', (actor) => setSubcategoryActive(actor, input), 'Estado de la subcategoría actualizado.');
}
