'use server';

import { adminAction } from '@/lib/actions/admin/run';
import { createArea, setAreaActive, updateArea } from '@/lib/data/admin/areas';
import { areaActiveSchema, areaCreateSchema, areaUpdateSchema } from '@/lib/validation/admin/areas';

/** Creates an area (/panel/admin/areas). */
export const createAreaAction = adminAction(areaCreateSchema, createArea, 'crear un área', 'Área creada.');

/** Renames an area or changes its active-ticket limit. */
export const updateAreaAction = adminAction(areaUpdateSchema, updateArea, 'editar un área', 'Cambios del área guardados.');

/** Deactivates or reactivates an area. */
export const setAreaActiveAction = adminAction(areaActiveSchema, setAreaActive, 'cambiar el estado de un área', 'Estado del área actualizado.');
