import type { SlaCompliance } from '@/lib/data/dashboard/sla-compliance';
import { formatDay, type PeriodParseResult } from '@/lib/domain/dashboard-period';
import { compliancePercent, formatCount, formatPercent, type ComplianceCount } from '@/lib/domain/dashboard-stats';
import { TIPO_INFO } from '@/lib/domain/tipos';
import { Alert } from '@/components/ui/alert';
import { PeriodForm } from './period-form';

const NUM = 'px-3 py-2 text-right tabular-nums';

interface Row extends ComplianceCount {
  key: string;
  nombre: string;
}

function ComplianceTable({ caption, groupHeader, rows, total }: { caption: string; groupHeader: string; rows: Row[]; total: ComplianceCount }) {
  return (
    // On a narrow screen the table scrolls sideways: the box takes focus so the keyboard can scroll it.
    <div tabIndex={0} role="group" aria-label={`${caption} (se desplaza a los lados)`} className="overflow-x-auto rounded-lg border border-gray-300 bg-white p-4">
      <table className="w-full min-w-[28rem] border-collapse text-left">
        <caption className="mb-2 text-left font-semibold text-gray-900">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-300 text-sm text-gray-700">
            <th scope="col" className="px-3 py-2 font-medium">{groupHeader}</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Cerrados</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Cumplidos</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Incumplidos</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Cumplimiento</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <ComplianceRow key={r.key} label={r.nombre} count={r} />
          ))}
        </tbody>
        <tfoot>
          <ComplianceRow label="Total" count={total} strong />
        </tfoot>
      </table>
    </div>
  );
}

function ComplianceRow({ label, count, strong = false }: { label: string; count: ComplianceCount; strong?: boolean }) {
  return (
    <tr className={strong ? 'border-t-2 border-gray-400 font-semibold' : 'border-b border-gray-200'}>
      <th scope="row" className={`px-3 py-2 ${strong ? '' : 'font-normal'}`}>{label}</th>
      <td className={NUM}>{formatCount(count.cerrados)}</td>
      <td className={NUM}>{formatCount(count.cumplidos)}</td>
      <td className={NUM}>{formatCount(count.cerrados - count.cumplidos)}</td>
      <td className={`${NUM} font-semibold`}>{formatPercent(compliancePercent(count))}</td>
    </tr>
  );
}

/** Tickets closed in the period are CUMPLIDO when closed by their deadline (docs/sla.md). */
export function SlaComplianceSection({ compliance, parsed }: { compliance: SlaCompliance; parsed: PeriodParseResult }) {
  const { period, errors } = parsed;
  const invalid = Boolean(errors.desde || errors.hasta);
  return (
    <section aria-labelledby="cumplimiento-title" className="space-y-4">
      <h2 id="cumplimiento-title" className="text-xl font-semibold">Cumplimiento del SLA</h2>
      <p className="max-w-3xl text-gray-800">
        Tickets archivados o cancelados del {formatDay(period.desde)} al {formatDay(period.hasta)}; un ticket cumplió si
        se cerró a más tardar en su fecha límite.
      </p>
      <PeriodForm parsed={parsed} />
      {invalid && (
        <Alert tone="error" title="El periodo no es válido">
          Corrija las fechas; mientras tanto se muestran los últimos 30 días.
        </Alert>
      )}
      {compliance.total.cerrados === 0 ? (
        <p className="rounded-lg border border-gray-300 bg-white p-4 text-gray-800">No se cerraron tickets en este periodo.</p>
      ) : (
        <>
          <p className="text-lg">
            Cumplimiento general: <strong>{formatPercent(compliancePercent(compliance.total))}</strong>{' '}
            ({formatCount(compliance.total.cumplidos)} de {formatCount(compliance.total.cerrados)} tickets cerrados a tiempo)
          </p>
          <div className="grid gap-6 xl:grid-cols-2">
            <ComplianceTable
              caption="Por tipo"
              groupHeader="Tipo"
              total={compliance.total}
              rows={compliance.porTipo.map((r) => ({ key: r.tipo, nombre: TIPO_INFO[r.tipo].nombre, cerrados: r.cerrados, cumplidos: r.cumplidos }))}
            />
            <ComplianceTable
              caption="Por área"
              groupHeader="Área"
              total={compliance.total}
              rows={compliance.porArea.map((r) => ({ key: r.nombre, nombre: r.nombre, cerrados: r.cerrados, cumplidos: r.cumplidos }))}
            />
          </div>
        </>
      )}
    </section>
  );
}
