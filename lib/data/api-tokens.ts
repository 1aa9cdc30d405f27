import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db, rawRows } from '@/lib/db';
import { prepared } from '@/lib/db-statements';
import { recordAdminAudit } from '@/lib/data/admin-audit';
import type { Actor, TokenRol } from '@/lib/domain/actor';
import { generateApiToken, hashApiToken, readBearerToken } from '@/lib/domain/api-token';
import { FORBIDDEN_API_TOKENS_MESSAGE, mayManageApiTokens } from '@/lib/domain/permissions';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '@/lib/errors';
import type { ApiTokenInput } from '@/lib/validation/api-token';

// Never the hash; the clear token only once, when issued.
export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  role: TokenRol;
  areas: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface IssuedApiToken extends ApiTokenView {
  token: string;
}

const VIEW = { id: true, name: true, prefix: true, role: true, areas: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

export function assertCanManageApiTokens(actor: Actor): void {
  if (!mayManageApiTokens(actor)) throw new ForbiddenError(FORBIDDEN_API_TOKENS_MESSAGE);
}

export async function issueApiToken(actor: Actor, input: ApiTokenInput): Promise<IssuedApiToken> {
  assertCanManageApiTokens(actor);
  const areas = await resolveAreaNames(input.areas);
  const { token, prefix, hash } = generateApiToken();
  const row = await db().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { name: input.name, role: input.role, areas, prefix, tokenHash: hash, createdById: actor.userId },
      select: VIEW,
    });
    // The audit keeps what identifies the token (name, prefix, role), never the token or its hash.
    await recordAdminAudit(tx, actor, { accion: 'token_api.emitir', entidad: 'token_api', entidadId: created.id, datos: { despues: { name: input.name, prefix, role: input.role, areas } } });
    return created;
  });
  return { ...toView(row), token };
}

export async function listApiTokens(actor: Actor): Promise<ApiTokenView[]> {
  assertCanManageApiTokens(actor);
  const rows = await db().apiToken.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], select: VIEW });
  return rows.map(toView);
}

/** Revoking it again changes nothing. */
export async function revokeApiToken(actor: Actor, id: string): Promise<ApiTokenView> {
  assertCanManageApiTokens(actor);
  await db().$transaction(async (tx) => {
    const revoked = await tx.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count === 1) await recordAdminAudit(tx, actor, { accion: 'token_api.revocar', entidad: 'token_api', entidadId: id });
  });
  const row = await db().apiToken.findUnique({ where: { id }, select: VIEW });
  if (!row) throw new NotFoundError('El token no existe.');
  return toView(row);
}

interface ActiveTokenRow {
  id: string;
  name: string;
  role: TokenRol;
  areas: string[];
  lastUsedAt: Date | null;
}

/** Read on every API request: a prepared statement on the driver (docs/performance.md). */
export async function findActiveApiToken(token: string): Promise<ActiveTokenRow | null> {
  const [row] = await rawRows<ActiveTokenRow>(prepared('token_api', Prisma.sql`
    SELECT id, name, role::text AS role, areas, "lastUsedAt" FROM api_tokens
    WHERE "tokenHash" = ${hashApiToken(token)} AND "revokedAt" IS NULL`));
  if (!row) return null;
  await touchLastUsed(row.id, row.lastUsedAt);
  return row;
}

/** The inbound mail endpoint's check (docs/email.md): 401 without an active token, 403 for any role but CORREO. */
export async function requireMailToken(request: Request): Promise<{ id: string; name: string }> {
  const token = readBearerToken(request.headers.get('authorization'));
  const row = token ? await findActiveApiToken(token) : null;
  if (!row) throw new UnauthenticatedError('Envíe un token de API de rol CORREO válido (Authorization: Bearer …).');
  if (row.role !== 'CORREO') throw new ForbiddenError('Solo un token de rol CORREO puede entregar correo entrante.');
  return { id: row.id, name: row.name };
}

const TOUCH_INTERVAL_MS = 60_000;

// At most one write a minute per token, not one per request; the `where` keeps concurrent
// requests from writing it twice.
async function touchLastUsed(id: string, lastUsedAt: Date | null): Promise<void> {
  const cutoff = new Date(Date.now() - TOUCH_INTERVAL_MS);
  if (lastUsedAt && lastUsedAt > cutoff) return;
  await db().apiToken.updateMany({
    where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: cutoff } }] },
    data: { lastUsedAt: new Date() },
  });
}

// Area names as the catalog spells them, matched case-insensitively like a ticket's areaAsignada.
async function resolveAreaNames(names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const areas = await db().area.findMany({ where: { active: true }, select: { name: true } });
  const byKey = new Map(areas.map((a) => [a.name.toLocaleLowerCase('es'), a.name]));
  const missing = names.filter((n) => !byKey.has(n.toLocaleLowerCase('es')));
  if (missing.length > 0) {
    throw new ValidationError('La solicitud tiene datos inválidos en: areas.', {
      areas: [`${missing.length === 1 ? 'No existe el área' : 'No existen las áreas'}: ${missing.join(', ')}.`],
    });
  }
  return [...new Set(names.map((n) => byKey.get(n.toLocaleLowerCase('es'))!))];
}

function toView(row: { id: string; name: string; prefix: string; role: TokenRol; areas: string[]; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: row.role,
    areas: row.areas,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
