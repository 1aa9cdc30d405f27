import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/domain/actor';

/** One change of the administration, as it goes into admin_audit_log. */
export interface AdminAuditEntry {
  /** What was done, "entidad.verbo": "usuario.crear", "politica_sla.editar". */
  accion: string;
  /** The kind of record changed: "usuario", "area", "politica_sla"… */
  entidad: string;
  /** The changed record's key, as text. */
  entidadId?: string | number | null;
  /** The values before and after; never a password, a hash or a token. */
  datos?: { antes?: unknown; despues?: unknown } & Record<string, unknown>;
}

/**
 * Writes the audit entry of an administration change. Call it with the change's own transaction
 * client, so the change and its entry commit or roll back together.
 */
export async function recordAdminAudit(tx: Prisma.TransactionClient, actor: Actor, entry: AdminAuditEntry): Promise<void> {
  await tx.adminAuditLog.create({
    data: {
      actorId: actor.userId,
      actorNombre: actor.name.slice(0, 150),
      accion: entry.accion,
      entidad: entry.entidad,
      entidadId: entry.entidadId == null ? null : String(entry.entidadId),
      datos: entry.datos === undefined ? undefined : (toJson(entry.datos) as Prisma.InputJsonValue),
    },
  });
}

// Dates become ISO strings and undefined members disappear, as JSON would have them.
function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
