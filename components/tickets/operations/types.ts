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

/** Tags have their chips (ticket-tags.tsx) and messages the reply box (conversation/reply-box.tsx), not a form here. */
export type PanelOperacion = Exclude<Operacion, 'etiquetar' | 'actualizar'>;

export function isPanelOperacion(op: Operacion): op is PanelOperacion {
  return op !== 'etiquetar' && op !== 'actualizar';
}
