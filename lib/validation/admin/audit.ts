import { z } from 'zod';

/** Keys as stored in admin_audit_log.entidad. */
export const AUDIT_ENTIDADES = {
  usuario: 'Usuarios',
  area: 'Áreas',
  categoria: 'Categorías',
  subcategoria: 'Subcategorías',
  prioridad: 'Prioridades',
  politica_sla: 'Políticas de SLA',
  configuracion: 'Configuración',
  festivo: 'Festivos',
  token_api: 'Tokens de API',
  correo: 'Correo',
} as const;

export type AuditEntidad = keyof typeof AUDIT_ENTIDADES;

const ENTIDADES = Object.keys(AUDIT_ENTIDADES) as [AuditEntidad, ...AuditEntidad[]];

export const auditQuerySchema = z.object({
  entidad: z.enum(ENTIDADES).optional().catch(undefined),
  // The previous page's last id: the log's ids grow with time.
  antes: z.string().regex(/^\d{1,18}$/).optional().catch(undefined),
});

export type AuditQuery = z.output<typeof auditQuerySchema>;
