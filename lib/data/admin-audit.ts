import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/domain/actor';

export interface AdminAuditEntry {
  /** "entidad.verbo": "usuario.crear", "politica_sla.editar". */
  accion: string;
  entidad: string;
  entidadId?: string | number | null;
  /** Never a password, a hash or a token. */
  datos?: { antes?: unknown; despues?: unknown } & Record<string, unknown>;
}

/** Pass the change's own transaction, so the change and its entry commit or roll back together. */
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
