'use server';

import { adminAction } from '@/lib/actions/admin/run';
import { createPriority, updatePriority } from '@/lib/data/admin/priorities';
import { priorityCreateSchema, priorityUpdateSchema } from '@/lib/validation/admin/priorities';

/** Creates a priority and its SLA policies (/panel/admin/prioridades). */
export const createPriorityAction = adminAction(priorityCreateSchema, createPriority, 'crear una prioridad', 'Prioridad creada, con sus políticas de SLA.');

/** Changes a priority's name, order, state or (while unused) code. */
export const updatePriorityAction = adminAction(priorityUpdateSchema, updatePriority, 'editar una prioridad', 'Cambios de la prioridad guardados.');
