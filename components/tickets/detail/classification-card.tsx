import type { Catalogs } from '@/lib/data/catalogs';
import type { TicketDetail } from '@/lib/data/ticket-detail';
import { CANAL_INFO, TIPO_INFO, type CanalTicket, type TipoTicket } from '@/lib/domain/tipos';
import { InfoCard, InfoList } from '@/components/tickets/detail/info-list';

type Classified = Pick<TicketDetail, 'tipo' | 'categoria' | 'subcategoria' | 'prioridad' | 'canal' | 'areaAsignada' | 'asignadoA'>;

export function ClassificationCard({ ticket, prioridades }: { ticket: Classified; prioridades: Catalogs['prioridades'] }) {
  const prioridad = prioridades.find((p) => p.codigo === ticket.prioridad)?.nombre ?? ticket.prioridad;
  return (
    <InfoCard id="classification-title" title="Clasificación y asignación">
      <InfoList
        items={[
          ['Tipo', TIPO_INFO[ticket.tipo as TipoTicket]?.nombre ?? ticket.tipo],
          ['Categoría', ticket.categoria],
          ['Subcategoría', ticket.subcategoria],
          ['Prioridad', prioridad],
          ['Canal', CANAL_INFO[ticket.canal as CanalTicket]?.nombre ?? ticket.canal],
          ['Área asignada', ticket.areaAsignada],
          ['Persona asignada', ticket.asignadoA?.nombre ?? 'Sin asignar'],
        ]}
      />
    </InfoCard>
  );
}
