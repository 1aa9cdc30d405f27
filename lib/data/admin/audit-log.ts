import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import type { AuditQuery } from '@/lib/validation/admin/audit';
import { assertAdmin } from '@/lib/data/admin/guard';

export interface AuditEntryView {
  id: string;
  fecha: string;
  actorNombre: string;
  accion: string;
  entidad: string;
  entidadId: string | null;
  datos: unknown;
}

export const AUDIT_PAGE_SIZE = 50;

// Keyset pagination on the id, which grows with every entry.
export async function listAdminAudit(actor: Actor, query: AuditQuery): Promise<{ rows: AuditEntryView[]; nextCursor: string | null }> {
  assertAdmin(actor);
  const where: Prisma.AdminAuditLogWhereInput = {
    ...(query.entidad ? { entidad: query.entidad } : {}),
    ...(query.antes ? { id: { lt: BigInt(query.antes) } } : {}),
  };
  const rows = await db().adminAuditLog.findMany({ where, orderBy: { id: 'desc' }, take: AUDIT_PAGE_SIZE + 1 });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    rows: page.map((r) => ({
      id: r.id.toString(),
      fecha: r.fecha.toISOString(),
      actorNombre: r.actorNombre,
      accion: r.accion,
      entidad: r.entidad,
      entidadId: r.entidadId,
      datos: r.datos,
    })),
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : null,
  };
}
