'use server';

import { adminAction } from '@/lib/actions/admin/run';
import { setActivePolicySet, updateSlaPolicy } from '@/lib/data/admin/sla-policies';
import { activePolicySetSchema, slaPolicyUpdateSchema } from '@/lib/validation/admin/sla';

/** Sets one cell of the SLA matrix (/panel/admin/sla); it applies to the next tickets created. */
export const updateSlaPolicyAction = adminAction(slaPolicyUpdateSchema, updateSlaPolicy, 'editar una política de SLA', 'Política guardada: se aplica a los tickets que se creen desde ahora.');

/** Switches the active policy set (GENERAL ↔ PQRS). */
export const setActivePolicySetAction = adminAction(activePolicySetSchema, setActivePolicySet, 'cambiar el conjunto de políticas', 'Conjunto de políticas activo actualizado: se aplica a los tickets que se creen desde ahora.');
