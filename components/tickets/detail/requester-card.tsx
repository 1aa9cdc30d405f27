import type { TicketDetail } from '@/lib/data/ticket-detail';
import { NO_EMAIL_TEXT } from '@/lib/domain/requester-email';
import { InfoCard, InfoList } from '@/components/tickets/detail/info-list';

const LINK = 'text-blue-800 underline underline-offset-2 hover:text-blue-900';

/** wa.me needs the international form: a bare 10-digit Colombian mobile (3xx…) gets the country code. */
export function whatsappNumber(telefono: string): string | null {
  const digits = telefono.replace(/\D/g, '');
  if (digits.length < 7) return null;
  return digits.length === 10 && digits.startsWith('3') ? `57${digits}` : digits;
}

type Requester = Pick<TicketDetail, 'nombre' | 'email' | 'documento' | 'telefono' | 'tieneWhatsapp' | 'empresaDepartamento'>;

export function RequesterCard({ ticket }: { ticket: Requester }) {
  const whatsapp = ticket.telefono && ticket.tieneWhatsapp ? whatsappNumber(ticket.telefono) : null;
  return (
    <InfoCard id="requester-title" title="Solicitante">
      <InfoList
        items={[
          ['Nombre', ticket.nombre],
          [
            'Correo electrónico',
            ticket.email ? (
              <a key="email" href={`mailto:${ticket.email}`} className={`${LINK} break-all`}>{ticket.email}</a>
            ) : (
              `${NO_EMAIL_TEXT}: no recibe avisos ni puede consultar el ticket.`
            ),
          ],
          ['Documento', ticket.documento],
          [
            'Teléfono',
            ticket.telefono && (
              <span key="tel" className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <a href={`tel:${ticket.telefono.replace(/[^\d+]/g, '')}`} className={LINK}>{ticket.telefono}</a>
                {whatsapp && (
                  <a href={`https://wa.me/${whatsapp}`} target="_blank" rel="noopener noreferrer" className={LINK}>
                    Escribir por WhatsApp<span className="sr-only"> (se abre en una pestaña nueva)</span>
                  </a>
                )}
              </span>
            ),
          ],
          ['Empresa o dependencia', ticket.empresaDepartamento],
        ]}
      />
    </InfoCard>
  );
}
