import { mayTakeTicket } from '@/lib/domain/queue-take';
import type { Rol } from '@/lib/domain/actor';
import type { BoardRow } from './board-rows';
import { TakeButton, type TakeNotice } from './take-button';

/** Who may take tickets on this board, and where they hear the outcome. */
export interface TakeOptions {
  role: Rol;
  userId: string;
  onResult: (notice: TakeNotice) => void;
}

/** The assignee's name, or "Sin asignar"; "Tomar" beside it where the user may take the ticket. */
export function AssigneeCell({ row, take }: { row: BoardRow; take: TakeOptions | null }) {
  const name = row.asignadoA?.nombre;
  const mayTake = take !== null && mayTakeTicket(take, { estado: row.estado, asignadoAId: row.asignadoA?.id ?? null });
  return (
    <span className="flex min-w-0 items-center gap-1.5">
      {name ? (
        <span className="min-w-0 truncate" title={name}>{name}</span>
      ) : (
        <span className={mayTake ? 'sr-only' : 'truncate text-gray-700 italic'}>Sin asignar</span>
      )}
      {mayTake && <TakeButton ticketId={row.ticketUuid} ticketLabel={row.ticketLabel} version={row.version} onResult={take.onResult} />}
    </span>
  );
}
