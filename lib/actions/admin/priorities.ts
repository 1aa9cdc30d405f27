'use server';

import { adminAction } from '@/lib/actions/admin/run';
import { createPriority, updatePriority } from '@/lib/data/admin/priorities';
import { priorityCreateSchema, priorityUpdateSchema } from '@/lib/validation/admin/priorities';

export const createPriorityAction = adminAction(priorityCreateSchema, createPriority, 'crear una prioridad', 'Prioridad creada, con sus políticas de SLA.');

export const updatePriorityAction = adminAction(priorityUpdateSchema, updatePriority, 'editar una prioridad', 'Cambios de la prioridad guardados.');
