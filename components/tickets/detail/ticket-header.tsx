import Link from 'next/link';
import type { TicketDetail } from '@/lib/data/ticket-detail';
import { ESTADO_INFO } from '@/lib/domain/estados';
import { SLA_ESTADO_INFO } from '@/lib/domain/sla-estados';
import { Badge } from '@/components/ui/badge';
import { slaTimeLeftText } from '@/lib/domain/sla-time-text';

type Headline = Pick<TicketDetail, 'ticketLabel' | 'asunto' | 'estado' | 'slaEstado' | 'slaRestanteMs' | 'slaReloj'>;

export function TicketHeader({ ticket }: { ticket: Headline }) {
  const estado = ESTADO_INFO[ticket.estado];
  const sla = SLA_ESTADO_INFO[ticket.slaEstado];
  const left = slaTimeLeftText({ remainingMs: ticket.slaRestanteMs, slaEstado: ticket.slaEstado, reloj: ticket.slaReloj });
  return (
    <header className="space-y-3">
      <nav aria-label="Ruta de navegación">
        <ol className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
          <li><Link href="/panel" className="rounded text-blue-800 underline underline-offset-2">Tablero</Link></li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="font-mono">{ticket.ticketLabel}</li>
        </ol>
      </nav>
      <h1 className="font-mono text-3xl font-bold break-all text-gray-900">{ticket.ticketLabel}</h1>
      <p className="text-lg break-words text-gray-900">{ticket.asunto ?? <span className="text-gray-700">Sin asunto</span>}</p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-gray-800">
        <p className="flex items-center gap-2">
          Estado: <Badge color={estado.color}>{estado.nombre}</Badge>
        </p>
        <p className="flex flex-wrap items-center gap-2">
          SLA: <Badge color={sla.color}>{sla.nombre}</Badge>
          {left && <span>{left}</span>}
        </p>
      </div>
    </header>
  );
}
