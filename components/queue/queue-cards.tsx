import Link from 'next/link';
import { ESTADO_INFO } from '@/lib/domain/estados';
import { Badge } from '@/components/ui/badge';
import { AssigneeCell, type TakeOptions } from './assignee-cell';
import type { BoardRow } from './board-rows';
import { SlaCell } from './sla-cell';
import { SubjectCell } from './subject-cell';

interface QueueCardsProps {
  rows: BoardRow[];
  prioridades: Record<string, string>;
  take: TakeOptions | null;
  /** Present where the role may select tickets for the bulk operations. */
  selection: { isSelected: (id: string) => boolean; toggle: (id: string) => void } | null;
}

/** Below 768 px the board is a list of cards: the same rows, the same selection, nothing wider than the screen. */
export function QueueCards({ rows, prioridades, take, selection }: QueueCardsProps) {
  return (
    <ul aria-label="Tickets" className="space-y-2 md:hidden">
      {rows.map((row) => (
        <li
          key={row.ticketUuid}
          data-ticket-id={row.ticketUuid}
          data-ticket-label={row.ticketLabel}
          className={`flex gap-3 rounded-md border p-3 ${selection?.isSelected(row.ticketUuid) ? 'border-blue-700 bg-blue-50' : 'border-gray-300 bg-white'}`}
        >
          {selection && (
            <input
              type="checkbox"
              className="mt-1 size-5 shrink-0 rounded border-gray-500 accent-blue-700"
              aria-label={`Seleccionar ${row.ticketLabel}`}
              checked={selection.isSelected(row.ticketUuid)}
              onChange={() => selection.toggle(row.ticketUuid)}
            />
          )}
          <div className="min-w-0 flex-1 space-y-1.5 text-sm">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <Link prefetch={false} href={`/panel/tickets/${row.ticketLabel}`} className="rounded font-semibold text-blue-800 underline underline-offset-2">
                {row.ticketLabel}
              </Link>
              <Badge color={ESTADO_INFO[row.estado].color} className="px-2! py-0! text-xs!">{ESTADO_INFO[row.estado].nombre}</Badge>
            </div>
            <SubjectCell row={row} />
            <SlaCell {...row} />
            <p className="relative truncate text-gray-800">
              {row.nombre} · {row.areaAsignada} · <span className="sr-only">Prioridad: </span>{prioridades[row.prioridad] ?? row.prioridad}
            </p>
            <AssigneeCell row={row} take={take} />
          </div>
        </li>
      ))}
    </ul>
  );
}
