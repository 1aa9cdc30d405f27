'use server';

import { runAdminAction } from '@/lib/actions/admin/run';
import { createArea, setAreaActive, updateArea } from '@/lib/data/admin/areas';

/** Creates an area (/panel/admin/areas). */
export async function createAreaAction(input: unknown) {
  return runAdminAction('crear un área', (actor) => createArea(actor, input), 'Área creada.');
}

/** Renames an area or changes its active-ticket limit. */
export async function updateAreaAction(input: unknown) {
  return runAdminAction('editar un área', (actor) => updateArea(actor, input), 'Cambios del área guardados.');
}

/** Deactivates or reactivates an area. */
export async function setAreaActiveAction(input: unknown) {
  return runAdminAction('cambiar el estado de un área', (actor) => setAreaActive(actor, input), 'Estado del área actualizado.');
}
