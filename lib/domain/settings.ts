import type { TipoTicket } from './tipos';
import { DEFAULT_WORKING_HOURS, type WorkingCalendar } from './working-calendar';

export interface OrganisationSettings extends Omit<WorkingCalendar, 'holidays'> {
  pauseStopsSla: boolean;
  /** GENERAL, or PQRS for the legal terms (docs/admin.md). */
  activePolicySet: string;
  /** Whether a requester's reply resumes a PAUSADO ticket (docs/conversation.md). */
  reanudarConRespuesta: boolean;
  /** What a ticket opened by inbound mail gets (docs/email.md). */
  inboundTipo: TipoTicket;
  inboundPrioridad: string;
  inboundArea: string;
  /** Whether the public form asks for a priority; hidden, it creates MEDIA tickets (docs/admin.md). */
  publicFormPrioridad: boolean;
}

/** The priority of a ticket whose requester is not asked for one; MESA triages it (docs/admin.md). */
export const DEFAULT_PRIORIDAD = 'MEDIA';

export const DEFAULT_SETTINGS: Readonly<OrganisationSettings> = Object.freeze({
  ...DEFAULT_WORKING_HOURS,
  pauseStopsSla: true,
  activePolicySet: 'GENERAL',
  reanudarConRespuesta: true,
  inboundTipo: 'PETICION',
  inboundPrioridad: DEFAULT_PRIORIDAD,
  inboundArea: 'MESA',
  publicFormPrioridad: false,
});
