import type { Catalogs } from '@/lib/data/catalogs';
import type { AssignableUser } from '@/lib/data/staff-users';
import type { TicketDetail } from '@/lib/data/ticket-detail';

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
