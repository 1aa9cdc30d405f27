import { formatCount } from '@/lib/domain/dashboard-stats';

export interface CountBarRow {
  key: string;
  nombre: string;
  total: number;
  /** The bar's colour; it only repeats the number beside it. */
  color?: string;
}

interface CountBarsProps {
  caption: string;
  groupHeader: string;
  rows: CountBarRow[];
  empty: string;
}

/** A table of counts with a proportional bar per row (the number is always written out). */
export function CountBars({ caption, groupHeader, rows, empty }: CountBarsProps) {
  if (rows.length === 0) return <p className="text-gray-800">{empty}</p>;
  const max = Math.max(1, ...rows.map((r) => r.total));
  return (
    <table className="w-full border-collapse text-left">
      <caption className="mb-2 text-left font-semibold text-gray-900">{caption}</caption>
      <thead>
        <tr className="border-b border-gray-300 text-sm text-gray-700">
          <th scope="col" className="py-2 pr-3 font-medium">{groupHeader}</th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">Tickets</th>
          <th scope="col" className="w-1/2 py-2 font-medium"><span className="sr-only">Proporción</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-gray-200">
            <th scope="row" className="py-2 pr-3 font-normal wrap-anywhere">{r.nombre}</th>
            <td className="py-2 pr-3 text-right font-semibold tabular-nums">{formatCount(r.total)}</td>
            <td className="py-2" aria-hidden="true">
              <div
                className="h-3 rounded-sm bg-blue-700"
                style={{ width: `${(r.total / max) * 100}%`, minWidth: r.total > 0 ? '0.25rem' : 0, backgroundColor: r.color }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
