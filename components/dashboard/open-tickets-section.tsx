import type { OpenTickets } from '@/lib/data/dashboard/open-tickets';
import { formatCount } from '@/lib/domain/dashboard-stats';
import { ESTADO_INFO } from '@/lib/domain/estados';
import { CountBars } from './count-bars';

export function OpenTicketsSection({ open }: { open: OpenTickets }) {
  return (
    <section aria-labelledby="abiertos-title" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="abiertos-title" className="text-xl font-semibold">Tickets abiertos</h2>
        <p className="text-gray-800">
          Total: <strong className="tabular-nums">{formatCount(open.total)}</strong>
        </p>
      </div>
      {open.total === 0 ? (
        <p className="rounded-lg border border-gray-300 bg-white p-4 text-gray-800">No hay tickets abiertos en este momento.</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
          <div className="rounded-lg border border-gray-300 bg-white p-4">
            <CountBars
              caption="Por estado"
              groupHeader="Estado"
              empty="No hay tickets abiertos."
              rows={open.porEstado.map((r) => ({ key: r.estado, nombre: ESTADO_INFO[r.estado].nombre, total: r.total, color: ESTADO_INFO[r.estado].color }))}
            />
          </div>
          <div className="rounded-lg border border-gray-300 bg-white p-4">
            <CountBars
              caption="Por área"
              groupHeader="Área"
              empty="No hay tickets abiertos."
              rows={open.porArea.map((r) => ({ key: r.nombre, nombre: r.nombre, total: r.total }))}
            />
          </div>
        </div>
      )}
    </section>
  );
}
