import type { SlaClock, SlaEstado } from '@/lib/domain/sla';
import { SLA_ESTADO_INFO } from '@/lib/domain/sla-estados';
import { Badge } from '@/components/ui/badge';
import { slaTimeLeftText } from '@/lib/domain/sla-time-text';

interface SlaCellProps {
  slaEstado: SlaEstado;
  slaRestanteMs: number | null;
  slaReloj: SlaClock;
  fechaLimiteSla: string;
  limiteTexto: string;
}

export function SlaCell({ slaEstado, slaRestanteMs, slaReloj, fechaLimiteSla, limiteTexto }: SlaCellProps) {
  const info = SLA_ESTADO_INFO[slaEstado];
  const time = slaTimeLeftText({ remainingMs: slaRestanteMs, slaEstado, reloj: slaReloj });
  return (
    <div className="space-y-1">
      <Badge color={info.color} className="whitespace-nowrap">{info.nombre}</Badge>
      {time && <p className="text-sm font-medium whitespace-nowrap text-gray-900">{time}</p>}
      <p className="text-xs text-gray-700">
        <span className="sr-only">Fecha límite: </span>
        <time dateTime={fechaLimiteSla}>{limiteTexto}</time>
      </p>
    </div>
  );
}
