import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/data/actor';
import { getCatalogs } from '@/lib/data/catalogs';
import { listAssignableUsers } from '@/lib/data/staff-users';
import { listEtiquetas } from '@/lib/data/tags';
import { listTicketMails } from '@/lib/data/ticket-mails';
import { getTicketDetail, type TicketDetail } from '@/lib/data/ticket-detail';
import type { Actor } from '@/lib/domain/actor';
import { parseTicketLabel } from '@/lib/domain/label';
import { NotFoundError } from '@/lib/errors';
import { ClassificationCard } from '@/components/tickets/detail/classification-card';
import { RequesterCard } from '@/components/tickets/detail/requester-card';
import { PhoneJumpBar } from '@/components/tickets/detail/phone-jump-bar';
import { SentMails } from '@/components/tickets/detail/sent-mails';
import { SlaCard } from '@/components/tickets/detail/sla-card';
import { StaleTicketWarning } from '@/components/tickets/detail/stale-ticket-warning';
import { TicketHeader } from '@/components/tickets/detail/ticket-header';
import { TicketTags } from '@/components/tickets/detail/ticket-tags';
import { StaffConversation } from '@/components/tickets/conversation/staff-conversation';
import { OperationsPanel } from '@/components/tickets/operations/operations-panel';
import { labelOf } from './_lib/ticket-label';

interface TicketPageProps {
  params: Promise<{ label: string }>;
}

export async function generateMetadata({ params }: TicketPageProps): Promise<Metadata> {
  const { label } = await params;
  return { title: `Ticket ${labelOf(label)}` };
}

export default async function TicketPage({ params }: TicketPageProps) {
  const label = labelOf((await params).label);
  const actor = await getSessionActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(`/panel/tickets/${label}`)}`);
  if (!parseTicketLabel(label)) notFound();

  // The mails are read by label within the actor's scope, so they need not wait for the ticket.
  const [ticket, catalogs, users, etiquetas, mails] = await Promise.all([
    findTicket(actor, label),
    getCatalogs(),
    listAssignableUsers(actor),
    listEtiquetas(actor),
    listTicketMails(actor, { label }),
  ]);
  if (!ticket) notFound();

  return (
    <div className="space-y-8 pb-20 lg:pb-0">
      <TicketHeader ticket={ticket} />
      <StaleTicketWarning ticketId={ticket.ticketUuid} version={ticket.version} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-3">
        <div id="responder" className="min-w-0 scroll-mt-4 space-y-8 lg:col-span-2">
          <StaffConversation
            ticketId={ticket.ticketUuid}
            mensajes={ticket.mensajes}
            historial={ticket.historial}
            canWrite={ticket.operacionesPermitidas.includes('actualizar')}
          />
        </div>
        <div id="acciones" className="min-w-0 scroll-mt-4 space-y-6">
          <OperationsPanel
            ticketId={ticket.ticketUuid}
            version={ticket.version}
            estado={ticket.estado}
            operaciones={ticket.operacionesPermitidas}
            data={{ ticket: classificationOf(ticket), catalogs, users }}
            currentUserId={actor.userId}
          />
          <TicketTags
            ticketId={ticket.ticketUuid}
            etiquetas={ticket.etiquetas}
            sugerencias={etiquetas}
            editable={ticket.operacionesPermitidas.includes('etiquetar')}
          />
          <RequesterCard ticket={ticket} />
          <ClassificationCard ticket={ticket} prioridades={catalogs.prioridades} />
          <SlaCard ticket={ticket} />
          <SentMails mails={mails} />
        </div>
      </div>
      <PhoneJumpBar canReply={ticket.operacionesPermitidas.includes('actualizar')} />
    </div>
  );
}

/** Only what the operation forms need reaches the browser. */
function classificationOf(t: TicketDetail) {
  return { areaAsignada: t.areaAsignada, asignadoA: t.asignadoA, tipo: t.tipo, categoria: t.categoria, subcategoria: t.subcategoria, prioridad: t.prioridad };
}

/** The ticket, or null when it does not exist or lies outside the actor's areas (the same answer, docs/workflow.md). */
async function findTicket(actor: Actor, label: string): Promise<TicketDetail | null> {
  try {
    return await getTicketDetail(actor, { label });
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}
