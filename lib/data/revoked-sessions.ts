import 'server-only';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth.config';
import { db } from '@/lib/db';
import { isUuid } from '@/lib/domain/uuid';

/**
 * Ends a session on the server: its cookie, wherever a copy is kept, opens nothing any more.
 * `exp`: the JWT's expiry (epoch seconds); the row is kept until then (a session's whole life when
 * unknown), and older rows go.
 */
export async function revokeSession(sid: string, exp?: number): Promise<void> {
  if (!isUuid(sid)) return;
  const now = Date.now();
  const expiresAt = new Date(exp ? exp * 1000 : now + SESSION_MAX_AGE_SECONDS * 1000);
  await db().$transaction([
    db().revokedSession.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }),
    db().revokedSession.upsert({ where: { sid }, create: { sid, expiresAt }, update: {} }),
  ]);
}
