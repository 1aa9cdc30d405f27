import 'server-only';
import { cache } from 'react';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { MAIL_TOKEN_ONLY_MESSAGE, readBearerToken } from '@/lib/domain/api-token';
import { ForbiddenError, UnauthenticatedError } from '@/lib/errors';
import { findActiveApiToken } from '@/lib/data/api-tokens';
import { isSessionRevoked } from '@/lib/data/revoked-sessions';

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

// Read again on every request, so a deactivation or a change of role or areas takes effect at once.
export const getSessionActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const sid = session.user.sid;
  const [user, revoked] = await Promise.all([
    db().user.findUnique({
      where: { id: userId },
      select: { id: true, name: true, role: true, active: true, areas: { select: { area: { select: { name: true } } } } },
    }),
    // A session that was signed out, whoever still holds its cookie.
    sid ? isSessionRevoked(sid) : false,
  ]);
  if (!user?.active || revoked) return null;
  return { userId: user.id, tokenId: null, name: user.name, role: user.role, areas: user.areas.map((a) => a.area.name).sort() };
});

/** 401 without an actor, the first check of docs/workflow.md; without a request, the session's. */
export async function requireActor(request?: Request): Promise<Actor> {
  const actor = request ? await getRequestActor(request) : await getSessionActor();
  if (!actor) throw new UnauthenticatedError('Debe iniciar sesión o enviar un token de API válido.');
  return actor;
}
