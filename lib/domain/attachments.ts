import { ATTACHMENT_LIMITS } from '@/lib/domain/conversation';
import { INVISIBLE_CHARACTERS } from '@/lib/domain/control-characters';

/** The content types accepted, as `file-type` names them; plain text is recognised apart (docs/conversation.md). */
export const ACCEPTED_ATTACHMENT_TYPES: ReadonlySet<string> = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]);

export const PLAIN_TEXT_TYPE = 'text/plain; charset=utf-8';

// Only raster images open in the browser: SVG can carry script, so it is never one of them.
const INLINE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export const FALLBACK_FILE_NAME = 'adjunto';
const NAME_MAX = 255;

export type AttachmentProblem = { kind: 'too-large'; message: string } | { kind: 'unsupported'; message: string };

const mb = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

/** The first limit a set of files breaks (count, size of each, total), or null. */
export function attachmentLimitProblem(files: readonly { nombre: string; tamano: number }[]): AttachmentProblem | null {
  if (files.length > ATTACHMENT_LIMITS.perMessage) {
    return { kind: 'too-large', message: `Puede adjuntar como máximo ${ATTACHMENT_LIMITS.perMessage} archivos por mensaje (se enviaron ${files.length}).` };
  }
  const big = files.find((f) => f.tamano > ATTACHMENT_LIMITS.fileBytes);
  if (big) return { kind: 'too-large', message: `El archivo "${big.nombre}" supera el máximo de ${mb(ATTACHMENT_LIMITS.fileBytes)} por archivo.` };
  const total = files.reduce((sum, f) => sum + f.tamano, 0);
  if (total > ATTACHMENT_LIMITS.requestBytes) {
    return { kind: 'too-large', message: `Los archivos adjuntos suman ${mb(total)}; el máximo por envío es ${mb(ATTACHMENT_LIMITS.requestBytes)}.` };
  }
  return null;
}

export function unsupportedTypeMessage(nombre: string): string {
  return `El archivo "${nombre}" no es de un tipo permitido. Se aceptan imágenes PNG, JPEG, GIF o WebP, PDF, texto plano y documentos de Office u OpenDocument.`;
}

/** The accepted type of a file, from what `file-type` detected in its bytes (undefined: nothing) and the bytes themselves. */
export function acceptedTypeOf(detected: string | undefined, bytes: Uint8Array): string | null {
  if (detected !== undefined) return ACCEPTED_ATTACHMENT_TYPES.has(detected) ? detected : null;
  return isPlainText(bytes) ? PLAIN_TEXT_TYPE : null;
}

/**
 * Valid UTF-8 without NUL bytes, and not a markup document: HTML, SVG and XML are text too, but a
 * browser that ever rendered them would run what they carry.
 */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/^\s*</.test(text);
}

export function isInlineType(tipo: string): boolean {
  return INLINE_TYPES.has(tipo);
}

/** The file's own name without any path, control or direction characters, trimmed to 255 characters. */
export function sanitizeFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const clean = base.replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ').trim();
  if (clean === '' || /^\.+$/.test(clean)) return FALLBACK_FILE_NAME;
  const chars = [...clean];
  if (chars.length <= NAME_MAX) return clean;
  // Cut the stem, not the extension: "informe….pdf" still says what it is.
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 16 ? [...clean.slice(dot)] : [];
  return [...chars.slice(0, NAME_MAX - ext.length), ...ext].join('').trim();
}

/** `Content-Disposition` for a download: images inline, everything else saved; the name in RFC 6266 form. */
export function contentDisposition(tipo: string, nombre: string): string {
  const ascii = nombre.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(nombre).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${isInlineType(tipo) ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
