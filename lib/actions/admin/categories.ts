'use server';

import { adminAction } from '@/lib/actions/admin/run';
import { createCategory, setCategoryActive, updateCategory } from '@/lib/data/admin/categories';
import { createSubcategory, setSubcategoryActive, updateSubcategory } from '@/lib/data/admin/subcategories';
import { catalogActiveSchema, categoryCreateSchema, categoryUpdateSchema, subcategoryCreateSchema, subcategoryUpdateSchema } from '@/lib/validation/admin/categories';

export const createCategoryAction = adminAction(categoryCreateSchema, createCategory, 'crear una categoría', 'Categoría creada.');

export const updateCategoryAction = adminAction(categoryUpdateSchema, updateCategory, 'editar una categoría', 'Cambios de la categoría guardados.');

export const setCategoryActiveAction = adminAction(catalogActiveSchema, setCategoryActive, 'cambiar el estado de una categoría', 'Estado de la categoría actualizado.');

export const createSubcategoryAction = adminAction(subcategoryCreateSchema, createSubcategory, 'crear una subcategoría', 'Subcategoría creada.');

export const updateSubcategoryAction = adminAction(subcategoryUpdateSchema, updateSubcategory, 'editar una subcategoría', 'Cambios de la subcategoría guardados.');

export const setSubcategoryActiveAction = adminAction(catalogActiveSchema, setSubcategoryActive, 'cambiar el estado de una subcategoría', 'Estado de la subcategoría actualizado.');
