'use server';

import { runAdminAction } from '@/lib/actions/admin/run';
import { setActivePolicySet, updateSlaPolicy } from '@/lib/data/admin/sla-policies';

/** Sets one cell of the SLA matrix (/panel/admin/sla); it applies to the next tickets created. */
export async function updateSlaPolicyAction(input: unknown) {
  return runAdminAction('editar una política de SLA', (actor) => updateSlaPolicy(actor, input), 'Política guardada: se aplica a los tickets que se creen desde ahora.');
}

/** Switches the active policy set (GENERAL ↔ PQRS). */
export async function setActivePolicySetAction(input: unknown) {
  return runAdminAction('cambiar el conjunto de políticas', (actor) => setActivePolicySet(actor, input), 'Conjunto de políticas activo actualizado: se aplica a los tickets que se creen desde ahora.');
}
