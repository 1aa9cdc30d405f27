import Link from 'next/link';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { ESTADO_INFO } from '@/lib/domain/estados';
import { TIPO_INFO } from '@/lib/domain/tipos';
import { Badge } from '@/components/ui/badge';
import type { BoardRow } from './board-rows';
import type { QueueFeatures } from './queue-features';
import { SelectAllCheckbox, SelectRowCheckbox } from './selection-checkboxes';
import { SlaCell } from './sla-cell';

const helper = createColumnHelper<QueueFeatures, BoardRow>();

interface ColumnOptions {
  selectable: boolean;
  prioridades: Record<string, string>;
}

const dateCell = (iso: string, text: string) => (
  <time dateTime={iso} className="block min-w-28 text-sm">{text}</time>
);

/** A sortable column's id is the server's sort key (lib/domain/queue.ts QUEUE_SORTS), so the URL's `orden` is the column. */
export function getQueueColumns({ selectable, prioridades }: ColumnOptions): ColumnDef<QueueFeatures, BoardRow, unknown>[] {
  const columns = helper.columns([
    helper.accessor('ticketLabel', {
      id: 'ticket',
      header: 'Ticket',
      cell: ({ row }) => (
        <Link prefetch={false} href={`/panel/tickets/${row.original.ticketLabel}`} className="rounded font-mono font-semibold whitespace-nowrap text-blue-800 underline underline-offset-4">
          {row.original.ticketLabel}
        </Link>
      ),
    }),
    helper.accessor('asunto', {
      id: 'asunto',
      header: 'Asunto y solicitante',
      cell: ({ row }) => (
        <div className="max-w-xs min-w-48">
          <p className="font-medium text-gray-900">{row.original.asunto ?? <span className="text-gray-700 italic">Sin asunto</span>}</p>
          <p className="text-sm text-gray-700">{row.original.nombre}</p>
          {row.original.respuestaSolicitante && (
            <p className="mt-1">
              <span className="inline-flex items-center rounded border border-amber-800 bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900">
                Respuesta del solicitante
              </span>
            </p>
          )}
        </div>
      ),
    }),
    helper.accessor('tipo', { id: 'tipo', header: 'Tipo', cell: ({ row }) => TIPO_INFO[row.original.tipo].nombre }),
    helper.accessor('prioridad', {
      id: 'prioridad',
      header: 'Prioridad',
      enableSorting: true,
      sortDescFirst: true,
      cell: ({ row }) => prioridades[row.original.prioridad] ?? row.original.prioridad,
    }),
    helper.accessor('areaAsignada', { id: 'area', header: 'Área' }),
    helper.accessor((r) => r.asignadoA?.nombre ?? null, {
      id: 'asignado',
      header: 'Asignado',
      cell: ({ row }) => row.original.asignadoA?.nombre ?? <span className="text-gray-700 italic">Sin asignar</span>,
    }),
    helper.accessor('etiquetas', {
      id: 'etiquetas',
      header: 'Etiquetas',
      cell: ({ row }) =>
        row.original.etiquetas.length === 0 ? null : (
          <ul className="flex max-w-48 flex-wrap gap-1">
            {row.original.etiquetas.map((e) => (
              <li key={e} className="rounded-full border border-gray-500 bg-gray-100 px-2 py-0.5 text-xs font-medium text-gray-900">{e}</li>
            ))}
          </ul>
        ),
    }),
    helper.accessor('estado', {
      id: 'estado',
      header: 'Estado',
      cell: ({ row }) => (
        <Badge color={ESTADO_INFO[row.original.estado].color} className="whitespace-nowrap">{ESTADO_INFO[row.original.estado].nombre}</Badge>
      ),
    }),
    helper.accessor('fechaLimiteSla', {
      id: 'limite',
      header: 'SLA',
      meta: { label: 'Fecha límite del SLA' },
      enableSorting: true,
      sortDescFirst: false,
      cell: ({ row }) => <SlaCell {...row.original} />,
    }),
    helper.accessor('fechaCreacion', {
      id: 'creado',
      header: 'Creado',
      enableSorting: true,
      sortDescFirst: true,
      cell: ({ row }) => dateCell(row.original.fechaCreacion, row.original.creadoTexto),
    }),
    helper.accessor('fechaActualizacion', {
      id: 'actualizado',
      header: 'Actualizado',
      enableSorting: true,
      sortDescFirst: true,
      cell: ({ row }) => dateCell(row.original.fechaActualizacion, row.original.actualizadoTexto),
    }),
  ]) as ColumnDef<QueueFeatures, BoardRow, unknown>[];
  if (!selectable) return columns;
  const select = helper.display({
    id: 'seleccion',
    meta: { label: 'Selección', className: 'w-12' },
    header: ({ table }) => <SelectAllCheckbox table={table} />,
    cell: ({ row }) => <SelectRowCheckbox row={row} />,
  }) as ColumnDef<QueueFeatures, BoardRow, unknown>;
  return [select, ...columns];
}
