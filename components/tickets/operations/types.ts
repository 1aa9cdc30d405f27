import type { Catalogs } from '@/lib/data/catalogs';
import type { AssignableUser } from '@/lib/data/staff-users';
import type { TicketDetail } from '@/lib/data/ticket-detail';
import type { Operacion } from '@/lib/domain/transitions';

export interface OperationFormData {
  ticket: Pick<TicketDetail, 'areaAsignada' | 'asignadoA' | 'tipo' | 'categoria' | 'subcategoria' | 'prioridad'>;
  catalogs: Pick<Catalogs, 'areas' | 'tipos' | 'prioridades' | 'categorias'>;
  /** Active staff users (lib/data/staff-users.ts), for the asignar form. */
  users: AssignableUser[];
}

export interface OperationFormProps {
  labelledBy: string;
  data: OperationFormData;
}

/** Tags have their own chips on the detail page (components/tickets/detail/ticket-tags.tsx), not a form here. */
export type PanelOperacion = Exclude<Operacion, 'etiquetar'>;

export function isPanelOperacion(op: Operacion): op is PanelOperacion {
  return op !== 'etiquetar';
}
