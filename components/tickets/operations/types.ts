import type { Catalogs } from '@/lib/data/catalogs';
import type { AssignableUser } from '@/lib/data/staff-users';
import type { TicketDetail } from '@/lib/data/ticket-detail';

/** What the operation forms need besides the ticket's id and version: its current values and the catalogs. */
export interface OperationFormData {
  ticket: Pick<TicketDetail, 'areaAsignada' | 'asignadoA' | 'tipo' | 'categoria' | 'subcategoria' | 'prioridad'>;
  catalogs: Pick<Catalogs, 'areas' | 'tipos' | 'prioridades' | 'categorias'>;
  /** Active staff users (lib/data/staff-users.ts), for the asignar form. */
  users: AssignableUser[];
}

export interface OperationFormProps {
  /** The id of the element that names the form. */
  labelledBy: string;
  data: OperationFormData;
}
