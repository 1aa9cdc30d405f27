import { formatDay } from '@/lib/domain/dashboard-period';
import { flowTotals, formatCount, type DailyFlow } from '@/lib/domain/dashboard-stats';
import { DailyFlowChart } from './daily-flow-chart';

const CELL = 'px-3 py-2 text-right tabular-nums';

export function DailyFlowSection({ series }: { series: DailyFlow[] }) {
  const totals = flowTotals(series);
  const first = series[0]?.dia;
  const last = series.at(-1)?.dia;
  const range = first && last ? `del ${formatDay(first)} al ${formatDay(last)}` : '';
  return (
    <section aria-labelledby="flujo-title" className="space-y-4">
      <h2 id="flujo-title" className="text-xl font-semibold">Creados y cerrados por día</h2>
      <figure className="space-y-3 rounded-lg border border-gray-300 bg-white p-4">
        <figcaption className="text-gray-800">
          Últimos {series.length} días, {range}: {formatCount(totals.creados)} tickets creados y{' '}
          {formatCount(totals.cerrados)} cerrados.
        </figcaption>
        {totals.creados + totals.cerrados === 0 ? (
          <p className="text-gray-800">No se crearon ni cerraron tickets en estos días.</p>
        ) : (
          <DailyFlowChart days={series.map((d) => ({ etiqueta: formatDay(d.dia, 'corto'), creados: d.creados, cerrados: d.cerrados }))} />
        )}
        <details className="group">
          <summary className="cursor-pointer rounded font-medium text-blue-800 underline underline-offset-4">
            Ver los datos del gráfico en una tabla
          </summary>
          {/* No scroll box: 30 short rows read fine, and a scrolling region would need its own focus stop. */}
          <div className="mt-3">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Tickets creados y cerrados por día</caption>
              <thead className="bg-gray-100">
                <tr>
                  <th scope="col" className="px-3 py-2">Día</th>
                  <th scope="col" className="px-3 py-2 text-right">Creados</th>
                  <th scope="col" className="px-3 py-2 text-right">Cerrados</th>
                </tr>
              </thead>
              <tbody>
                {series.map((d) => (
                  <tr key={d.dia} className="border-t border-gray-200">
                    <th scope="row" className="px-3 py-2 font-normal">{formatDay(d.dia)}</th>
                    <td className={CELL}>{formatCount(d.creados)}</td>
                    <td className={CELL}>{formatCount(d.cerrados)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t-2 border-gray-400 font-semibold">
                  <th scope="row" className="px-3 py-2">Total</th>
                  <td className={CELL}>{formatCount(totals.creados)}</td>
                  <td className={CELL}>{formatCount(totals.cerrados)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </details>
      </figure>
    </section>
  );
}
