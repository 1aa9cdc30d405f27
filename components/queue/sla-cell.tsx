import type { SlaClock, SlaEstado } from '@/lib/domain/sla';
import { SLA_ESTADO_INFO } from '@/lib/domain/sla-estados';
import { slaTimeLeftText } from '@/lib/domain/sla-time-text';
import { Badge } from '@/components/ui/badge';

interface SlaCellProps {
  slaEstado: SlaEstado;
  slaRestanteMs: number | null;
  slaReloj: SlaClock;
  limiteTexto: string;
}

/** The SLA status as a word on its colour, the time left beside it; the deadline in the tooltip and for screen readers. */
export function SlaCell({ slaEstado, slaRestanteMs, slaReloj, limiteTexto }: SlaCellProps) {
  const info = SLA_ESTADO_INFO[slaEstado];
  const time = slaTimeLeftText({ remainingMs: slaRestanteMs, slaEstado, reloj: slaReloj });
  return (
    <span className="flex min-w-0 items-center gap-1.5" title={[info.nombre, time, `Fecha límite: ${limiteTexto}`].filter(Boolean).join(' · ')}>
      <Badge color={info.color} className="shrink-0 px-2! py-0! text-xs! whitespace-nowrap">{info.nombre}</Badge>
      {time && <span className="truncate text-xs font-medium text-gray-900">{time}</span>}
      <span className="sr-only">, fecha límite: {limiteTexto}</span>
    </span>
  );
}
