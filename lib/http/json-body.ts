import 'server-only';
import { InvalidJsonError, PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '@/lib/errors';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
// One decoder for every request: without `stream`, each decode starts afresh.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** 415 unless JSON, 413 past `maxBytes` (counted while streaming, whatever Content-Length claims), else 400. */
export async function readJsonObject(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    throw new UnsupportedMediaTypeError('El cuerpo de la solicitud debe ser JSON (Content-Type: application/json).');
  }
  const bytes = await readBodyBytes(request, maxBytes);
  let value: unknown;
  try {
    // Bytes that are not UTF-8 are refused, not stored as "�".
    value = JSON.parse(UTF8.decode(bytes));
  } catch {
    throw new InvalidJsonError('El cuerpo de la solicitud no es un JSON válido en UTF-8.');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError('El cuerpo de la solicitud debe ser un objeto JSON.');
  }
  return value as Record<string, unknown>;
}

/** The body's bytes, refused with 413 once past `maxBytes`, whatever Content-Length claims. */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number) {
  const mb = Math.round((maxBytes / 1_048_576) * 10) / 10;
  return new PayloadTooLargeError(`El cuerpo de la solicitud supera el máximo de ${mb} MB.`);
}
