import 'server-only';
import { cache } from 'react';
import { auth } from '@/lib/auth';
import { Prisma } from '@/generated/prisma/client';
import { rawRows } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { MAIL_TOKEN_ONLY_MESSAGE, readBearerToken } from '@/lib/domain/api-token';
import { isUuid } from '@/lib/domain/uuid';
import { ForbiddenError, UnauthenticatedError } from '@/lib/errors';
import { findActiveApiToken } from '@/lib/data/api-tokens';

// A request with an Authorization header is judged by it alone: a bad token is never rescued by a cookie.
export async function getRequestActor(request: Request): Promise<Actor | null> {
  const token = readBearerToken(request.headers.get('authorization'));
  if (token === undefined) return getSessionActor();
  if (token === null) return null;
  const row = await findActiveApiToken(token);
  if (!row) return null;
  if (row.role === 'CORREO') throw new ForbiddenError(MAIL_TOKEN_ONLY_MESSAGE);
  return { userId: null, tokenId: row.id, name: `Integración: ${row.name}`, role: row.role, areas: row.areas };
}

interface SessionUserRow {
  id: string;
  name: string;
  role: Actor['role'];
  areas: string[];
  revoked: boolean;
}

// Read again on every request, so a deactivation, a change of role or areas, or a sign-out elsewhere
// takes effect at once: the user and whether the session was ended, in one statement.
export const getSessionActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || !isUuid(userId)) return null;
  const sid = session.user.sid ?? null;
  if (sid !== null && !isUuid(sid)) return null;
  const [user] = await rawRows<SessionUserRow>(Prisma.sql`
    SELECT u.id, u.name, u.role::text AS role,
           COALESCE(array_agg(a.name) FILTER (WHERE a.name IS NOT NULL), '{}') AS areas,
           EXISTS (SELECT 1 FROM revoked_sessions r WHERE r.sid = ${sid}::uuid) AS revoked
    FROM users u
    LEFT JOIN user_areas ua ON ua."userId" = u.id
    LEFT JOIN areas a ON a.id = ua."areaId"
    WHERE u.id = ${userId}::uuid AND u.active
    GROUP BY u.id`);
  if (!user || user.revoked) return null;
  return { userId: user.id, tokenId: null, name: user.name, role: user.role, areas: user.areas.sort() };
});

/** 401 without an actor, the first check of docs/workflow.md; without a request, the session's. */
export async function requireActor(request?: Request): Promise<Actor> {
  const actor = request ? await getRequestActor(request) : await getSessionActor();
  if (!actor) throw new UnauthenticatedError('Debe iniciar sesión o enviar un token de API válido.');
  return actor;
}
