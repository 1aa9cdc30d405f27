import type { EstadoTicket } from '@/lib/domain/estados';
import { ESTADO_INFO } from '@/lib/domain/estados';
import { publicHistoryEntryTitle, staffHistoryEventTitle } from '@/lib/domain/history-entries';
import { formatDateTime } from '@/lib/format';
import { HistoryChanges } from '@/components/tickets/detail/history-changes';
import type { Audience } from './audience';
import { VisibilityBadge } from './visibility-badge';

/** A history entry as the timeline draws it, from the staff or the public DTO. */
export interface HistoryEventEntry {
  operacion: string;
  estadoAnterior: EstadoTicket | null;
  estadoNuevo: EstadoTicket;
  texto: string | null;
  /** Whether the requester reads `texto`; only staff are told. */
  textoPublico?: boolean;
  datos?: unknown;
  autorNombre: string;
  fecha: string;
}

export function staffHistoryEvent(h: {
  operacion: string; estadoAnterior: EstadoTicket | null; estadoNuevo: EstadoTicket; texto: string | null;
  textoPublico: boolean; datos: unknown; autor: { nombre: string }; fecha: string;
}): HistoryEventEntry {
  return { ...h, autorNombre: h.autor.nombre };
}

export function publicHistoryEvent(h: {
  operacion: string; estadoAnterior: EstadoTicket | null; estadoNuevo: EstadoTicket; texto: string | null; autor: string; fecha: string;
}): HistoryEventEntry {
  return { ...h, autorNombre: h.autor };
}

/** A state change or another operation: its title, who and when, what changed and its text. */
export function HistoryEvent({ entry, audience }: { entry: HistoryEventEntry; audience: Audience }) {
  const staff = audience === 'staff';
  const from = entry.estadoAnterior;
  // The requester's words merge states (Asignado and Transferido are both "En atención"): only a change in those words is news.
  const moved = from !== null && (staff ? from !== entry.estadoNuevo : ESTADO_INFO[from].publico.nombre !== ESTADO_INFO[entry.estadoNuevo].publico.nombre);
  const internal = staff && entry.texto !== null && !entry.textoPublico;
  return (
    <div className={`space-y-2 rounded-lg border p-4 ${internal ? 'border-amber-600 bg-amber-50' : 'border-gray-300 bg-white'}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="font-semibold text-gray-900">{staff ? staffHistoryEventTitle(entry) : publicHistoryEntryTitle(entry.operacion)}</p>
        <p className="text-sm text-gray-700">
          <time dateTime={entry.fecha}>{formatDateTime(entry.fecha)}</time> · {entry.autorNombre}
        </p>
      </div>
      {moved &&
        (staff ? (
          <p className="text-sm text-gray-800">
            Estado: {ESTADO_INFO[from].nombre} → {ESTADO_INFO[entry.estadoNuevo].nombre}
          </p>
        ) : (
          <p className="text-sm text-gray-800">
            El estado pasó de {ESTADO_INFO[from].publico.nombre} a {ESTADO_INFO[entry.estadoNuevo].publico.nombre}.
          </p>
        ))}
      {staff && <HistoryChanges op={entry.operacion} datos={entry.datos} />}
      {entry.texto !== null && (
        <div className="space-y-1">
          {staff && <VisibilityBadge publica={entry.textoPublico ?? false} />}
          <p className="break-words whitespace-pre-wrap text-gray-900">{entry.texto}</p>
        </div>
      )}
    </div>
  );
}
