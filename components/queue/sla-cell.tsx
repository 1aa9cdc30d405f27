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

/**
 * One badge in the status's colour: the time left while the clock runs ("Vence en 3 h hábiles",
 * "Vencido hace 2 h"), the status's name otherwise. Not colour alone: "En riesgo" gets a sign, and
 * the status's name and the deadline are in the tooltip and read by screen readers.
 */
export function SlaCell({ slaEstado, slaRestanteMs, slaReloj, limiteTexto }: SlaCellProps) {
  const info = SLA_ESTADO_INFO[slaEstado];
  const time = slaTimeLeftText({ remainingMs: slaRestanteMs, slaEstado, reloj: slaReloj });
  return (
    <span className="flex min-w-0" title={[info.nombre, time, `Fecha límite: ${limiteTexto}`].filter(Boolean).join(' · ')}>
      <Badge color={info.color} className="max-w-full min-w-0 gap-1 px-2! py-0! text-xs!">
        {slaEstado === 'EN_RIESGO' && <span aria-hidden="true">⚠</span>}
        {time && <span className="sr-only">{info.nombre}: </span>}
        <span className="truncate">{time ?? info.nombre}</span>
        <span className="sr-only">, fecha límite: {limiteTexto}</span>
      </Badge>
    </span>
  );
}
