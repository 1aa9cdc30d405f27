import type { SlaPolicyTerm } from './sla';
import { TIPOS, type TipoTicket } from './tipos';

/** The policy set every installation starts with and new tickets use until an ADMIN switches. */
export const GENERAL_POLICY_SET = 'GENERAL';

/** The optional policy set of legal PQRS terms (docs/admin.md). */
export const PQRS_POLICY_SET = 'PQRS';

/**
 * Ley 1755 de 2015, art. 14: días hábiles to answer, whatever the priority. A queja or a reclamo is
 * a petición (15); a request for documents or information (SOLICITUD) 10; a consulta 30.
 * SUGERENCIA and INCIDENTE have no legal term: they keep the GENERAL hours (docs/admin.md).
 */
export const PQRS_BUSINESS_DAYS: Readonly<Partial<Record<TipoTicket, number>>> = Object.freeze({
  PETICION: 15,
  QUEJA: 15,
  RECLAMO: 15,
  SOLICITUD: 10,
  CONSULTA: 30,
});

/** One cell of a policy set: the term of a tipo at a priority. */
export interface SlaPolicyRow extends SlaPolicyTerm {
  policySet: string;
  tipo: TipoTicket;
  prioridad: string;
}

/**
 * The PQRS policies of one priority: the legal days where art. 14 sets a term, and for the other
 * tipos the GENERAL term (`generalTerm`) of that tipo and priority.
 */
export function pqrsSlaPolicies(prioridad: string, generalTerm: (tipo: TipoTicket) => SlaPolicyTerm): SlaPolicyRow[] {
  return TIPOS.map((tipo) => {
    const days = PQRS_BUSINESS_DAYS[tipo];
    const term = days === undefined ? generalTerm(tipo) : { duracion: days, reloj: 'DIAS_HABILES' as const };
    return { policySet: PQRS_POLICY_SET, tipo, prioridad, ...term };
  });
}
