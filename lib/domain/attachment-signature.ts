import { createHmac, timingSafeEqual } from 'node:crypto';

/** A signed link lives at most this long (docs/conversation.md). */
export const SIGNED_LINK_SECONDS = 60 * 60;

export function signAttachment(id: string, exp: number, secret: string): string {
  return createHmac('sha256', secret).update(`adjunto:${id.toLowerCase()}:${exp}`).digest('base64url');
}

/** True for a signature this server made, not yet expired and expiring within the longest life a link gets. */
export function verifyAttachmentSignature(id: string, exp: string | null, sig: string | null, secret: string, now: Date): boolean {
  if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return false;
  const expiry = Number(exp);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (expiry < nowSeconds || expiry > nowSeconds + SIGNED_LINK_SECONDS) return false;
  const expected = Buffer.from(signAttachment(id, expiry, secret));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
