'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartDay {
  etiqueta: string;
  creados: number;
  cerrados: number;
}

// Both fills keep at least 3:1 against white (WCAG 1.4.11); the legend names them in text.
const CREATED = '#1d4ed8';
const CLOSED = '#15803d';

/** Hidden from assistive technology: the figure's caption sums it up and the table beside it holds every value. */
export function DailyFlowChart({ days }: { days: ChartDay[] }) {
  return (
    <div aria-hidden="true" className="h-80 w-full">
      <BarChart
        responsive
        accessibilityLayer={false}
        data={days}
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        style={{ width: '100%', height: '100%' }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#d1d5db" />
        <XAxis dataKey="etiqueta" tick={{ fill: '#374151', fontSize: 12 }} interval="preserveStartEnd" minTickGap={12} />
        <YAxis allowDecimals={false} tick={{ fill: '#374151', fontSize: 12 }} width={40} />
        <Tooltip cursor={{ fill: '#f3f4f6' }} />
        {/* The bars' order, not the alphabet's: "Creados" first. */}
        <Legend wrapperStyle={{ color: '#111827' }} itemSorter={(item) => (item.dataKey === 'creados' ? 0 : 1)} />
        <Bar dataKey="creados" name="Creados" fill={CREATED} isAnimationActive={false} />
        <Bar dataKey="cerrados" name="Cerrados" fill={CLOSED} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
