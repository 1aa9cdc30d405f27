import 'server-only';
import { getConfig } from '@/lib/config';
import { SIGNED_LINK_SECONDS, signAttachment, verifyAttachmentSignature } from '@/lib/domain/attachment-signature';

/** The download path staff use, authorised by their session or token. */
export function attachmentPath(id: string): string {
  return `/api/adjuntos/${id}`;
}

/** The requester's link to an attachment: signed, and good for at most an hour from `now` (docs/conversation.md). */
export function publicAttachmentUrl(id: string, now: Date = new Date()): string {
  const exp = Math.floor(now.getTime() / 1000) + SIGNED_LINK_SECONDS;
  return `${attachmentPath(id)}?exp=${exp}&sig=${signAttachment(id, exp, signingSecret())}`;
}

export function isValidAttachmentLink(id: string, exp: string | null, sig: string | null, now: Date = new Date()): boolean {
  return verifyAttachmentSignature(id, exp, sig, signingSecret(), now);
}

// The secret that signs sessions: a link cannot be forged without it, and rotating it revokes them all.
function signingSecret(): string {
  const secret = getConfig().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET no está definida: hace falta para firmar los enlaces de los adjuntos.');
  return secret;
}
