'use server';

import { runAdminAction } from '@/lib/actions/admin/run';
import { createPriority, updatePriority } from '@/lib/data/admin/priorities';

/** Creates a priority and its SLA policies (/panel/admin/prioridades). */
export async function createPriorityAction(input: unknown) {
  return runAdminAction('crear una prioridad', (actor) => createPriority(actor, input), 'Prioridad creada, con sus políticas de SLA.');
}

/** Changes a priority's name, order, state or (while unused) code. */
export async function updatePriorityAction(input: unknown) {
  return runAdminAction('editar una prioridad', (actor) => updatePriority(actor, input), 'Cambios de la prioridad guardados.');
}
