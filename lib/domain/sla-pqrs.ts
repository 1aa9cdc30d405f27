import type { SlaPolicyTerm } from './sla';
import { TIPOS, type TipoTicket } from './tipos';

export const GENERAL_POLICY_SET = 'GENERAL';

export const PQRS_POLICY_SET = 'PQRS';

// Ley 1755 de 2015, art. 14, in días hábiles whatever the priority; SUGERENCIA and INCIDENTE have no
// legal term and keep the GENERAL hours (docs/admin.md).
export const PQRS_BUSINESS_DAYS: Readonly<Partial<Record<TipoTicket, number>>> = Object.freeze({
  PETICION: 15,
  QUEJA: 15,
  RECLAMO: 15,
  SOLICITUD: 10,
  CONSULTA: 30,
});

export interface SlaPolicyRow extends SlaPolicyTerm {
  policySet: string;
  tipo: TipoTicket;
  prioridad: string;
}

/** The PQRS policies of one priority; tipos without a legal term take `generalTerm`. */
export function pqrsSlaPolicies(prioridad: string, generalTerm: (tipo: TipoTicket) => SlaPolicyTerm): SlaPolicyRow[] {
  return TIPOS.map((tipo) => {
    const days = PQRS_BUSINESS_DAYS[tipo];
    const term = days === undefined ? generalTerm(tipo) : { duracion: days, reloj: 'DIAS_HABILES' as const };
    return { policySet: PQRS_POLICY_SET, tipo, prioridad, ...term };
  });
}
