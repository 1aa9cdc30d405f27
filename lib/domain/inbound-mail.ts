import { attachmentLimitProblem, sanitizeFileName } from './attachments';
import { CONTROL_MULTI_LINE, INVISIBLE_CHARACTERS } from './control-characters';
import { parseTicketLabel } from './label';
import { ticketIdFromReferences } from './mail-thread';

/** A received message as the app reads it (lib/mail/parse-inbound.ts builds it from the raw bytes). */
export interface InboundMessage {
  from: { address: string | null; name: string };
  subject: string;
  /** The Message-ID header, or one made from the bytes when the mail has none (docs/email.md). */
  messageId: string;
  inReplyTo: string[];
  references: string[];
  /** The plain text, or the HTML part turned into text when there is no text part. */
  text: string;
  /** The raw values of the headers that tell an automatic mail, keys in lower case. */
  headers: Readonly<Record<string, string>>;
  attachments: { filename: string; content: Uint8Array<ArrayBuffer> }[];
}

/** The headers `ignoreReason` reads; the parser keeps these and no others. */
export const SCREENING_HEADERS = ['auto-submitted', 'precedence', 'x-autoreply', 'x-autorespond', 'return-path', 'content-type'] as const;

const BULK_PRECEDENCE = new Set(['bulk', 'junk', 'list', 'auto_reply']);
const SYSTEM_SENDERS = new Set(['mailer-daemon', 'postmaster']);
const USABLE_ADDRESS = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:]+$/;

/**
 * Why a mail must not become a ticket or a message, in Spanish, or null (docs/email.md): answering an
 * automatic mail, a bounce or our own mail could start a loop of mails between two robots.
 * X-Auto-Response-Suppress is not a reason: Exchange sets it on mails people write too.
 */
export function ignoreReason(headers: Readonly<Record<string, string>>, from: string | null, ownAddresses: readonly string[]): string | null {
  const value = (name: string) => headers[name]?.trim().toLowerCase();
  const autoSubmitted = value('auto-submitted');
  if (autoSubmitted && autoSubmitted.split(/[\s;(]/)[0] !== 'no') return `Correo automático (Auto-Submitted: ${autoSubmitted}).`;
  const precedence = value('precedence');
  if (precedence && BULK_PRECEDENCE.has(precedence)) return `Correo masivo o automático (Precedence: ${precedence}).`;
  for (const name of ['x-autoreply', 'x-autorespond']) {
    const flag = value(name);
    if (flag !== undefined && flag !== 'no' && flag !== 'false') return `Respuesta automática (${name === 'x-autoreply' ? 'X-Autoreply' : 'X-Autorespond'}).`;
  }
  if (/^multipart\/report\b/.test(value('content-type') ?? '')) return 'Aviso de entrega o de lectura (multipart/report).';
  if (value('return-path')?.replace(/\s/g, '') === '<>') return 'Aviso de entrega: el remitente de sobre está vacío (Return-Path: <>).';
  const address = from?.trim().toLowerCase() ?? '';
  if (!USABLE_ADDRESS.test(address)) return 'El correo no tiene una dirección de remitente utilizable.';
  if (SYSTEM_SENDERS.has(address.split('@')[0]!)) return 'Aviso del servidor de correo (MAILER-DAEMON o postmaster).';
  if (ownAddresses.some((own) => own.trim().toLowerCase() === address)) return 'Enviado desde la dirección de la propia mesa de ayuda.';
  return null;
}

const LABEL_IN_TEXT = /(?<![A-Za-z0-9-])TK-\d{4}-\d{5,}(?![0-9])/gi;

/** The first valid ticket label in a subject, bracketed ([TK-2026-00042]) or not. */
export function ticketLabelInSubject(subject: string): string | null {
  for (const [candidate] of subject.matchAll(LABEL_IN_TEXT)) {
    const label = candidate.toUpperCase();
    if (parseTicketLabel(label)) return label;
  }
  return null;
}

/** The ticket a mail names: by its In-Reply-To/References first, then by the subject's label. */
export function ticketReferenceOf(mail: Pick<InboundMessage, 'inReplyTo' | 'references' | 'subject'>): { ticketId: string | null; label: string | null } {
  return { ticketId: ticketIdFromReferences([...mail.inReplyTo, ...mail.references]), label: ticketLabelInSubject(mail.subject) };
}

export interface NewTicketLimits {
  nombre: { min: number; max: number };
  asunto: { max: number };
  descripcion: { min: number; max: number };
}

/** The requester's fields of a ticket opened by a mail; the description is built by `fitMailText`. */
export function requesterFieldsOf(mail: Pick<InboundMessage, 'from' | 'subject'>, limits: NewTicketLimits): { nombre: string; asunto: string | undefined } {
  const address = mail.from.address ?? '';
  let nombre = singleLine(mail.from.name).replace(/^["']+|["']+$/g, '').trim() || address.split('@')[0]!;
  // A name too short for the form's rule is completed with the address, which nobody could be asked to fix.
  if (chars(nombre) < limits.nombre.min) nombre = nombre ? `${nombre} (${address})` : address;
  const asunto = singleLine(mail.subject);
  return { nombre: cut(nombre, limits.nombre.max), asunto: asunto ? cut(asunto, limits.asunto.max) : undefined };
}

export const TRUNCATED_MARKER = '[… texto recortado: el correo superaba el máximo de caracteres]';
export const EMPTY_MAIL_TEXT = '(Correo recibido sin texto.)';

/**
 * The text of a message built from a mail: the body (or `fallback` when empty), then the notes
 * (files left out), within `max` characters; a longer body is cut with a visible marker.
 */
export function fitMailText(body: string, notes: readonly string[], fallback: string, limits: { min: number; max: number }): string {
  const base = multiLine(body) || multiLine(fallback);
  const tail = notes.length > 0 ? `\n\n${notes.join('\n')}` : '';
  let text = base;
  if (chars(base) + chars(tail) > limits.max) {
    const room = Math.max(0, limits.max - chars(tail) - chars(TRUNCATED_MARKER) - 2);
    text = `${cut(base, room).trimEnd()}\n\n${TRUNCATED_MARKER}`;
  }
  text = `${text}${tail}`.trim();
  if (chars(text) < limits.min) text = text ? `${text}\n\n${EMPTY_MAIL_TEXT}` : EMPTY_MAIL_TEXT;
  return cut(text, limits.max);
}

/** A note in the message text for a file the mail brought and the ticket does not keep. */
export function omittedAttachmentNote(nombre: string, motivo: string): string {
  return `[Adjunto omitido: ${sanitizeFileName(nombre)} — ${motivo.replace(/\.$/, '')}]`;
}

/**
 * The files within the message limits of docs/conversation.md, in the mail's order; each one past a
 * limit is left out with the limit's message, so one big file does not cost the others.
 */
export function selectMailAttachments<T extends { nombre: string; tamano: number }>(files: readonly T[]): { kept: T[]; omitted: { file: T; motivo: string }[] } {
  const kept: T[] = [];
  const omitted: { file: T; motivo: string }[] = [];
  for (const file of files) {
    const problem = attachmentLimitProblem([...kept, file]);
    if (problem) omitted.push({ file, motivo: problem.message });
    else kept.push(file);
  }
  return { kept, omitted };
}

const chars = (s: string) => Array.from(s).length;
const cut = (s: string, max: number) => (chars(s) <= max ? s : Array.from(s).slice(0, max).join('').trimEnd());

// Control and direction characters never reach the ticket: a header may carry anything.
function singleLine(s: string): string {
  return s.replace(INVISIBLE_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
}

function multiLine(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(new RegExp(CONTROL_MULTI_LINE.source, 'g'), '')
    .trim();
}

/** The address of a From value like MAIL_FROM ("Mesa de Ayuda <soporte@x.co>" or a bare address). */
export function addressInFrom(value: string): string | null {
  const match = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value) ?? /^\s*([^<>\s]+@[^<>\s]+)\s*$/.exec(value);
  return match?.[1]?.toLowerCase() ?? null;
}
