import Link from 'next/link';
import type { SlaNow } from '@/lib/data/dashboard/sla-now';
import { formatCount } from '@/lib/domain/dashboard-stats';
import { SLA_ESTADO_INFO } from '@/lib/domain/sla-estados';
import { AT_RISK_BOARD_HREF, AT_RISK_PRESET_NAME, boardHref } from './board-links';

const LINK = 'rounded font-medium text-blue-800 underline underline-offset-4 hover:text-blue-900';

interface Figure {
  id: 'VENCIDO' | 'EN_RIESGO';
  titulo: string;
  total: number;
  descripcion: string;
  enlace: string;
}

export function SlaNowSection({ sla }: { sla: SlaNow }) {
  const figures: Figure[] = [
    { id: 'VENCIDO', titulo: 'Vencidos', total: sla.vencidos, descripcion: 'Tickets abiertos con la fecha límite ya pasada.', enlace: 'Ver los vencidos en el tablero' },
    { id: 'EN_RIESGO', titulo: 'En riesgo', total: sla.enRiesgo, descripcion: 'Tickets con menos del 25 % del plazo por delante.', enlace: 'Ver los que están en riesgo en el tablero' },
  ];
  return (
    <section aria-labelledby="sla-ahora-title" className="space-y-4">
      <h2 id="sla-ahora-title" className="text-xl font-semibold">SLA en este momento</h2>
      <dl className="grid gap-4 sm:grid-cols-2">
        {figures.map((f) => (
          <div key={f.id} className="rounded-lg border border-gray-300 bg-white p-4" style={{ borderLeft: `6px solid ${SLA_ESTADO_INFO[f.id].color}` }}>
            <dt className="font-semibold text-gray-900">{f.titulo}</dt>
            <dd className="text-4xl font-bold tabular-nums text-gray-900">{formatCount(f.total)}</dd>
            <dd className="text-sm text-gray-700">{f.descripcion}</dd>
            <dd className="mt-2">
              <Link href={boardHref({ slaEstado: [f.id], orden: 'limite', dir: 'asc' })} className={LINK}>
                {f.enlace}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <Link href={AT_RISK_BOARD_HREF} className={LINK}>
          Abrir la vista «{AT_RISK_PRESET_NAME}» del tablero
        </Link>
      </p>
    </section>
  );
}
