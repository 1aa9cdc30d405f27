import type { ReactNode } from 'react';
import type { Workload } from '@/lib/data/dashboard/workload';
import type { DashboardPeriod } from '@/lib/domain/dashboard-period';
import { formatDay } from '@/lib/domain/dashboard-period';
import type { FirstResponseRow, WorkloadRow } from '@/lib/domain/dashboard-people';
import { formatCount } from '@/lib/domain/dashboard-stats';
import { formatDuration } from '@/lib/domain/sla-time-text';
import { TIPO_INFO } from '@/lib/domain/tipos';

const BOX = 'rounded-lg border border-gray-300 bg-white p-3 sm:p-4';
const HEAD = 'py-2 pr-2 font-medium sm:pr-3';
const NUM = 'py-2 pr-2 text-right tabular-nums sm:pr-3';

/** A table's place when it has no rows: its name as a heading and a sentence. */
function EmptyTable({ caption, text }: { caption: string; text: string }) {
  return (
    <div className={BOX}>
      <h3 className="mb-2 font-semibold text-gray-900">{caption}</h3>
      <p className="text-gray-800">{text}</p>
    </div>
  );
}

/** The box, caption and column headers of the section's tables: the first column names the rows, the others are counts. */
function CountsTable({ caption, headers, children }: { caption: string; headers: string[]; children: ReactNode }) {
  return (
    // The table scrolls inside its box on a phone, never the page.
    <div className={`${BOX} overflow-x-auto`}>
      <table className="w-full border-collapse text-left text-sm sm:text-base">
        <caption className="mb-2 text-left font-semibold text-gray-900">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-300 text-sm text-gray-700">
            {headers.map((h, i) => (
              <th key={h} scope="col" className={i === 0 ? HEAD : `${HEAD} text-right`}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function WorkloadTable({ caption, groupHeader, rows, empty }: { caption: string; groupHeader: string; rows: (WorkloadRow & { key: string })[]; empty: string }) {
  if (rows.length === 0) return <EmptyTable caption={caption} text={empty} />;
  return (
    <CountsTable caption={caption} headers={[groupHeader, 'Abiertos ahora', 'Resueltos en el periodo']}>
      {rows.map((r) => (
        <tr key={r.key} className="border-b border-gray-200">
          <th scope="row" className={`py-2 pr-2 font-normal sm:pr-3 wrap-anywhere ${r.nombre === null ? 'text-gray-700 italic' : ''}`}>{r.nombre ?? 'Sin asignar'}</th>
          <td className={NUM}>{formatCount(r.abiertos)}</td>
          <td className={NUM}>{formatCount(r.resueltos)}</td>
        </tr>
      ))}
    </CountsTable>
  );
}

function FirstResponseTable({ rows }: { rows: FirstResponseRow[] }) {
  const caption = 'Primera respuesta pública por tipo';
  if (rows.length === 0) return <EmptyTable caption={caption} text="No se crearon tickets en este periodo." />;
  return (
    <CountsTable caption={caption} headers={['Tipo', 'Creados', 'Con respuesta', 'Mediana hasta la primera respuesta']}>
      {rows.map((r) => (
        <tr key={r.tipo} className="border-b border-gray-200">
          <th scope="row" className="py-2 pr-2 font-normal sm:pr-3">{TIPO_INFO[r.tipo].nombre}</th>
          <td className={NUM}>{formatCount(r.creados)}</td>
          <td className={NUM}>{formatCount(r.respondidos)}</td>
          <td className={NUM}>{r.medianaMs === null ? 'Sin respuestas' : formatDuration(r.medianaMs)}</td>
        </tr>
      ))}
    </CountsTable>
  );
}

interface PeopleSectionProps {
  workload: Workload;
  firstResponse: FirstResponseRow[];
  period: DashboardPeriod;
}

/** Who holds the open tickets, who resolved in the period, and how soon requesters heard from staff (docs/dashboard.md). */
export function PeopleSection({ workload, firstResponse, period }: PeopleSectionProps) {
  return (
    <section aria-labelledby="personas-title" className="space-y-4">
      <h2 id="personas-title" className="text-xl font-semibold">Personas y áreas</h2>
      <p className="max-w-3xl text-gray-800">
        Tickets abiertos en este momento y tickets resueltos del {formatDay(period.desde)} al {formatDay(period.hasta)}, de
        quien los tiene asignados y de su área; y, para los tickets creados en ese periodo, el tiempo (en horas de reloj)
        hasta la primera respuesta pública del personal.
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <WorkloadTable
          caption="Por persona"
          groupHeader="Persona"
          empty="No hay tickets abiertos ni resueltos en este periodo."
          rows={workload.porAgente.map((r) => ({ ...r, key: r.agenteId ?? 'sin-asignar' }))}
        />
        <WorkloadTable
          caption="Por área"
          groupHeader="Área"
          empty="No hay tickets abiertos ni resueltos en este periodo."
          rows={workload.porArea.map((r) => ({ ...r, key: r.nombre ?? '' }))}
        />
      </div>
      <FirstResponseTable rows={firstResponse} />
    </section>
  );
}
