import type { OutboxSummary } from '@/lib/data/admin/outbox';

/** The three numbers an admin watches: what waits, what went out today, what gave up. */
export function OutboxCounts({ summary }: { summary: OutboxSummary }) {
  const items = [
    { term: 'Pendientes', value: summary.pending, note: summary.retrying > 0 ? `${summary.retrying.toLocaleString('es-CO')} reintentando tras un error` : 'Ninguno con errores' },
    { term: 'Enviados en las últimas 24 h', value: summary.sentLastDay, note: null },
    { term: 'Fallidos', value: summary.failed, note: summary.failed > 0 ? 'No se volverán a intentar sin un reintento' : null },
  ];
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      {items.map((i) => (
        <div key={i.term} className="rounded-lg border border-gray-300 bg-white p-5">
          <dt className="text-gray-800">{i.term}</dt>
          <dd className="text-3xl font-bold text-gray-900">{i.value.toLocaleString('es-CO')}</dd>
          {i.note && <dd className="text-sm text-gray-700">{i.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
