import Link from 'next/link';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { ESTADO_INFO } from '@/lib/domain/estados';
import { TIPO_INFO } from '@/lib/domain/tipos';
import { Badge } from '@/components/ui/badge';
import { AssigneeCell, type TakeOptions } from './assignee-cell';
import type { BoardRow } from './board-rows';
import type { QueueFeatures } from './queue-features';
import { SelectAllCheckbox, SelectRowCheckbox } from './selection-checkboxes';
import { SlaCell } from './sla-cell';
import { SubjectCell } from './subject-cell';

const helper = createColumnHelper<QueueFeatures, BoardRow>();

interface ColumnOptions {
  selectable: boolean;
  prioridades: Record<string, string>;
  take: TakeOptions | null;
}

/** One line of text that truncates, whole in its tooltip. */
const line = (text: string) => <span className="block truncate" title={text}>{text}</span>;

// Fixed widths (the table is `table-fixed`): the subject takes what is left, so the table never
// outgrows its box. Below 1280 px the secondary columns step out, still in the ticket's page.
const WIDE = 'hidden xl:table-cell';
const LARGE = 'hidden lg:table-cell';

/** A sortable column's id is the server's sort key (lib/domain/queue.ts QUEUE_SORTS), so the URL's `orden` is the column. */
export function getQueueColumns({ selectable, prioridades, take }: ColumnOptions): ColumnDef<QueueFeatures, BoardRow, unknown>[] {
  const columns = helper.columns([
    helper.accessor('ticketLabel', {
      id: 'ticket',
      header: 'Ticket',
      meta: { className: 'w-32' },
      cell: ({ row }) => (
        <Link prefetch={false} href={`/panel/tickets/${row.original.ticketLabel}`} className="rounded text-sm font-semibold whitespace-nowrap tabular-nums text-blue-800 underline underline-offset-2">
          {row.original.ticketLabel}
        </Link>
      ),
    }),
    helper.accessor('resumen', { id: 'asunto', header: 'Asunto', cell: ({ row }) => <SubjectCell row={row.original} /> }),
    helper.accessor('nombre', { id: 'solicitante', header: 'Solicitante', meta: { className: `w-28 ${LARGE}` }, cell: ({ row }) => line(row.original.nombre) }),
    helper.accessor('tipo', { id: 'tipo', header: 'Tipo', meta: { className: `w-22 ${WIDE}` }, cell: ({ row }) => line(TIPO_INFO[row.original.tipo].nombre) }),
    helper.accessor('prioridad', {
      id: 'prioridad',
      header: 'Prioridad',
      meta: { className: `w-24 ${LARGE}` },
      enableSorting: true,
      sortDescFirst: true,
      cell: ({ row }) => line(prioridades[row.original.prioridad] ?? row.original.prioridad),
    }),
    helper.accessor('areaAsignada', { id: 'area', header: 'Área', meta: { className: `w-24 ${WIDE}` }, cell: ({ row }) => line(row.original.areaAsignada) }),
    helper.accessor((r) => r.asignadoA?.nombre ?? null, {
      id: 'asignado',
      header: 'Asignado',
      meta: { className: 'w-30' },
      cell: ({ row }) => <AssigneeCell row={row.original} take={take} />,
    }),
    helper.accessor('estado', {
      id: 'estado',
      header: 'Estado',
      meta: { className: 'w-24' },
      cell: ({ row }) => (
        <Badge color={ESTADO_INFO[row.original.estado].color} className="max-w-full px-2! py-0! text-xs! whitespace-nowrap">
          <span className="truncate">{ESTADO_INFO[row.original.estado].nombre}</span>
        </Badge>
      ),
    }),
    helper.accessor('fechaLimiteSla', {
      id: 'limite',
      header: 'SLA',
      meta: { label: 'Fecha límite del SLA', className: 'w-36' },
      enableSorting: true,
      sortDescFirst: false,
      cell: ({ row }) => <SlaCell {...row.original} />,
    }),
    helper.accessor('fechaCreacion', {
      id: 'creado',
      header: 'Creado',
      meta: { className: `w-32 ${WIDE}` },
      enableSorting: true,
      sortDescFirst: true,
      cell: ({ row }) => (
        <time dateTime={row.original.fechaCreacion} title={row.original.creadoCompleto} className="block truncate text-xs">
          {row.original.creadoTexto}
        </time>
      ),
    }),
  ]) as ColumnDef<QueueFeatures, BoardRow, unknown>[];
  if (!selectable) return columns;
  const select = helper.display({
    id: 'seleccion',
    meta: { label: 'Selección', className: 'w-8' },
    header: ({ table }) => <SelectAllCheckbox table={table} />,
    cell: ({ row }) => <SelectRowCheckbox row={row} />,
  }) as ColumnDef<QueueFeatures, BoardRow, unknown>;
  return [select, ...columns];
}
