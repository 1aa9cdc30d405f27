import 'server-only';
import { createHash } from 'node:crypto';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SCREENING_HEADERS, type InboundMessage } from '@/lib/domain/inbound-mail';
import { ValidationError } from '@/lib/errors';

// The inbound_mails key is at most 998 characters, the longest header line RFC 5322 allows.
const MESSAGE_ID_MAX = 998;

/** The raw message (RFC 5322 bytes) as the app reads it; 400 naming the part when it is not a mail. */
export async function parseInboundMail(raw: Uint8Array): Promise<InboundMessage> {
  if (raw.byteLength === 0) throw invalid('mensaje', 'El cuerpo está vacío: envíe el mensaje completo (RFC 5322).');
  let mail: ParsedMail;
  try {
    mail = await simpleParser(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength));
  } catch {
    throw invalid('mensaje', 'El mensaje no se pudo leer como un correo (RFC 5322).');
  }
  if (!mail.headerLines.some((h) => h.key === 'from')) {
    throw invalid('From', 'El mensaje no tiene el encabezado From: no es un correo completo (RFC 5322).');
  }
  const sender = mail.from?.value.find((a) => a.address) ?? mail.from?.value[0];
  return {
    from: { address: sender?.address?.trim() || null, name: sender?.name ?? '' },
    subject: mail.subject ?? '',
    messageId: messageIdOf(mail.messageId, raw),
    inReplyTo: messageIdsIn(mail.inReplyTo),
    references: messageIdsIn(mail.references),
    text: mail.text ?? '',
    headers: screeningHeaders(mail.headerLines),
    attachments: mail.attachments.map((a) => ({ filename: a.filename ?? '', content: new Uint8Array(a.content) })),
  };
}

function invalid(field: string, message: string): ValidationError {
  return new ValidationError(message, { [field]: [message] });
}

// Without a usable Message-ID (missing, too long, not visible ASCII as RFC 5322 wants), the bytes name the mail: the same delivery repeated is still one mail.
function messageIdOf(header: string | undefined, raw: Uint8Array): string {
  const id = header?.trim();
  if (id && id.length <= MESSAGE_ID_MAX && /^[\x21-\x7e]+$/.test(id)) return id;
  return `<sha256.${createHash('sha256').update(raw).digest('hex')}@sin-message-id.invalid>`;
}

function messageIdsIn(value: string | string[] | undefined): string[] {
  const text = Array.isArray(value) ? value.join(' ') : (value ?? '');
  return text.match(/<[^<>\s]+>/g) ?? [];
}

function screeningHeaders(lines: ParsedMail['headerLines']): Record<string, string> {
  const wanted = new Set<string>(SCREENING_HEADERS);
  const headers: Record<string, string> = {};
  for (const { key, line } of lines) {
    if (!wanted.has(key) || key in headers) continue;
    headers[key] = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
  }
  return headers;
}
