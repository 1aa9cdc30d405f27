import 'server-only';
import { db } from '@/lib/db';
import { isUuid } from '@/lib/domain/uuid';

/** The longest a session lives (lib/auth.config.ts): a revocation is kept that long at most. */
const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;

/**
 * Ends a session on the server: its cookie, wherever a copy is kept, opens nothing any more.
 * `exp`: the JWT's expiry (epoch seconds); the row is kept until then, and older rows go.
 */
export async function revokeSession(sid: string, exp?: number): Promise<void> {
  if (!isUuid(sid)) return;
  const now = Date.now();
  const expiresAt = new Date(exp ? exp * 1000 : now + SESSION_MAX_AGE_MS);
  await db().$transaction([
    db().revokedSession.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }),
    db().revokedSession.upsert({ where: { sid }, create: { sid, expiresAt }, update: {} }),
  ]);
}
