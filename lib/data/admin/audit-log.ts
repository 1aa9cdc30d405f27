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
  /** The user's or token's name when the entry's data does not carry it (auditSentence reads it). */
  entidadNombre: string | null;
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
  const names = await recordNames(page);
  return {
    rows: page.map((r) => ({
      id: r.id.toString(),
      fecha: r.fecha.toISOString(),
      actorNombre: r.actorNombre,
      accion: r.accion,
      entidad: r.entidad,
      entidadId: r.entidadId,
      datos: r.datos,
      entidadNombre: (r.entidadId && names.get(`${r.entidad}/${r.entidadId}`)) ?? null,
    })),
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : null,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Users and tokens are logged by id: one query each for the page's names, keyed "entidad/id". */
async function recordNames(page: { entidad: string; entidadId: string | null }[]): Promise<Map<string, string>> {
  const idsOf = (entidad: string) => [...new Set(page.filter((r) => r.entidad === entidad && r.entidadId && UUID.test(r.entidadId)).map((r) => r.entidadId!))];
  const [userIds, tokenIds] = [idsOf('usuario'), idsOf('token_api')];
  const [users, tokens] = await Promise.all([
    userIds.length > 0 ? db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    tokenIds.length > 0 ? db().apiToken.findMany({ where: { id: { in: tokenIds } }, select: { id: true, name: true } }) : [],
  ]);
  return new Map([...users.map((u) => [`usuario/${u.id}`, u.name] as const), ...tokens.map((t) => [`token_api/${t.id}`, t.name] as const)]);
}
