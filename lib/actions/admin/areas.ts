'use server';

import { adminAction } from '@/lib/actions/admin/run';
import { createArea, setAreaActive, updateArea } from '@/lib/data/admin/areas';
import { areaActiveSchema, areaCreateSchema, areaUpdateSchema } from '@/lib/validation/admin/areas';

export const createAreaAction = adminAction(areaCreateSchema, createArea, 'crear un área', 'Área creada.');

export const updateAreaAction = adminAction(areaUpdateSchema, updateArea, 'editar un área', 'Cambios del área guardados.');

export const setAreaActiveAction = adminAction(areaActiveSchema, setAreaActive, 'cambiar el estado de un área', 'Estado del área actualizado.');
