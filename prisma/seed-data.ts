/** The catalogs a fresh installation starts with (SPEC §2, §4, §7). */
import { TIPOS, type TipoTicket } from '../lib/domain/tipos';

export const PRIORITIES = [
  { code: 'BAJA', label: 'Baja', sortOrder: 1, slaHoras: 72 },
  { code: 'MEDIA', label: 'Media', sortOrder: 2, slaHoras: 24 },
  { code: 'ALTA', label: 'Alta', sortOrder: 3, slaHoras: 8 },
  { code: 'CRITICA', label: 'Crítica', sortOrder: 4, slaHoras: 4 },
] as const;

export const AREAS = [
  'MESA',
  'Sistemas',
  'Infraestructura',
  'Recursos Humanos',
  'Facturación',
  'Soporte Técnico',
  'Accesos y Permisos',
  'Capacitación',
] as const;

/** Categories offered by the form, each with the area that usually handles it. */
export const CATEGORIES: { name: string; area: (typeof AREAS)[number]; subcategories: string[] }[] = [
  { name: 'Sistemas', area: 'Sistemas', subcategories: ['Error de aplicación', 'Inicio de sesión', 'Caída de servicio', 'Correo electrónico'] },
  { name: 'Infraestructura', area: 'Infraestructura', subcategories: ['Red e internet', 'VPN', 'Servidores', 'Falla de hardware'] },
  { name: 'Recursos Humanos', area: 'Recursos Humanos', subcategories: ['Nómina', 'Vacaciones y permisos', 'Certificados laborales', 'Vinculación'] },
  { name: 'Facturación', area: 'Facturación', subcategories: ['Factura errada', 'Pagos', 'Notas crédito', 'Cobros'] },
  { name: 'Soporte Técnico', area: 'Soporte Técnico', subcategories: ['Equipo de cómputo', 'Impresoras', 'Software de oficina', 'Telefonía'] },
  { name: 'Accesos y Permisos', area: 'Accesos y Permisos', subcategories: ['Restablecer contraseña', 'Nuevo acceso', 'Cambio de rol', 'Retiro de acceso'] },
  { name: 'Capacitación', area: 'Capacitación', subcategories: ['Solicitud de capacitación', 'Manuales y documentación'] },
  { name: 'Atención al ciudadano', area: 'MESA', subcategories: ['Información general', 'Trámites', 'Otro'] },
];

/** The development password of the seeded staff users, unless SEED_STAFF_PASSWORD says otherwise. */
export const DEFAULT_STAFF_PASSWORD = 'Mesa-2026!';

export const STAFF_USERS = [
  { email: 'admin@mesa.test', name: 'Administración', role: 'ADMIN', areas: [] },
  { email: 'mesa@mesa.test', name: 'Agente de mesa', role: 'MESA', areas: ['MESA'] },
  { email: 'area@mesa.test', name: 'Equipo de Sistemas', role: 'AREA', areas: ['Sistemas'] },
] as const;

/** The policy set new tickets use on a fresh installation (SPEC §4). */
export const GENERAL_POLICY_SET = 'GENERAL';

/** The optional set of legal PQRS clocks the ADMIN can switch on (issue 5, point 2). */
export const PQRS_POLICY_SET = 'PQRS';

/**
 * Ley 1755 de 2015, art. 14: business days to answer, whatever the priority. A queja or a reclamo
 * is a petición (15 días); a request for documents or information (SOLICITUD) 10; a consulta 30.
 * SUGERENCIA and INCIDENTE have no legal term: they keep the GENERAL hours (docs/admin.md).
 */
export const PQRS_BUSINESS_DAYS: Readonly<Partial<Record<TipoTicket, number>>> = Object.freeze({
  PETICION: 15,
  QUEJA: 15,
  RECLAMO: 15,
  SOLICITUD: 10,
  CONSULTA: 30,
});

export interface SlaPolicyRow {
  policySet: string;
  tipo: TipoTicket;
  prioridad: string;
  duracion: number;
  reloj: 'HORAS_HABILES' | 'HORAS_CALENDARIO' | 'DIAS_HABILES';
}

/**
 * The PQRS policies of one priority: the legal days where art. 14 sets a term, and for the other
 * tipos the GENERAL term (`generalTerm`) of that tipo and priority.
 */
export function pqrsSlaPolicies(prioridad: string, generalTerm: (tipo: TipoTicket) => Pick<SlaPolicyRow, 'duracion' | 'reloj'>): SlaPolicyRow[] {
  return TIPOS.map((tipo) => {
    const days = PQRS_BUSINESS_DAYS[tipo];
    const term = days === undefined ? generalTerm(tipo) : { duracion: days, reloj: 'DIAS_HABILES' as const };
    return { policySet: PQRS_POLICY_SET, tipo, prioridad, ...term };
  });
}
