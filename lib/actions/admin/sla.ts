'use server';

import { adminAction } from '@/lib/actions/admin/run';
import { setActivePolicySet, updateSlaPolicy } from '@/lib/data/admin/sla-policies';
import { activePolicySetSchema, slaPolicyUpdateSchema } from '@/lib/validation/admin/sla';

export const updateSlaPolicyAction = adminAction(slaPolicyUpdateSchema, updateSlaPolicy, 'editar una política de SLA', 'Política guardada: se aplica a los tickets que se creen desde ahora.');

export const setActivePolicySetAction = adminAction(activePolicySetSchema, setActivePolicySet, 'cambiar el conjunto de políticas', 'Conjunto de políticas activo actualizado: se aplica a los tickets que se creen desde ahora.');
