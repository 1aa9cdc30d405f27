/** The catalogs a fresh installation starts with: priorities, areas, categories and one staff user per role. */

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

