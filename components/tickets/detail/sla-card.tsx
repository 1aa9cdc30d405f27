import type { TicketDetail } from '@/lib/data/ticket-detail';
import { SLA_ESTADO_INFO } from '@/lib/domain/sla-estados';
import { formatDateTime } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { InfoCard, InfoList, type InfoItem } from '@/components/tickets/detail/info-list';
import { slaTermText, slaTimeLeftText } from '@/lib/domain/sla-time-text';

type SlaData = Pick<
  TicketDetail,
  'slaEstado' | 'slaRestanteMs' | 'slaReloj' | 'slaDuracion' | 'fechaCreacion' | 'fechaLimiteSla' | 'fechaActualizacion' | 'fechaCierre' | 'prorrogado'
>;

/** The ticket's term, its deadline in Colombia's time, and how it stands (docs/sla.md). */
export function SlaCard({ ticket }: { ticket: SlaData }) {
  const info = SLA_ESTADO_INFO[ticket.slaEstado];
  const left = slaTimeLeftText({ remainingMs: ticket.slaRestanteMs, slaEstado: ticket.slaEstado, reloj: ticket.slaReloj });
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso)}</time>;
  return (
    <InfoCard id="sla-title" title="SLA">
      <InfoList
        items={[
          ['Estado del SLA', <span key="sla" className="flex flex-wrap items-center gap-2"><Badge color={info.color}>{info.nombre}</Badge>{left}</span>],
          ['Fecha límite', <span key="limite">{when(ticket.fechaLimiteSla)}{ticket.prorrogado ? ' (prorrogada)' : ''}</span>],
          ['Plazo de respuesta', slaTermText({ duracion: ticket.slaDuracion, reloj: ticket.slaReloj })],
          ['Radicado el', when(ticket.fechaCreacion)],
          ['Última actualización', when(ticket.fechaActualizacion)],
          ...(ticket.fechaCierre ? [['Cerrado el', when(ticket.fechaCierre)] as InfoItem] : []),
        ]}
      />
      <p className="text-sm text-gray-700">Fechas y horas de Colombia.</p>
    </InfoCard>
  );
}
