import 'server-only';
import { getConfig } from '@/lib/config';
import { checkFormUploads, type CheckedUpload } from '@/lib/data/uploads';
import { ATTACHMENT_LIMITS } from '@/lib/domain/conversation';
import { InvalidJsonError, PayloadTooLargeError, ValidationError } from '@/lib/errors';
import { readBodyBytes, readJsonObject } from '@/lib/http/json-body';

const MULTIPART_TYPE = /^multipart\/form-data\s*;/i;

// The files' own limit plus room for the part headers and `datos`.
const MULTIPART_MAX_BYTES = ATTACHMENT_LIMITS.requestBytes + 1_048_576;

/** A body read at the edge: the JSON fields (`datos` in a multipart form) and its files, already checked. */
export interface BodyWithFiles {
  datos: unknown;
  uploads: CheckedUpload[];
}

export function isMultipart(request: Request): boolean {
  return MULTIPART_TYPE.test(request.headers.get('content-type') ?? '');
}

/**
 * JSON as always, or the multipart form of docs/api.md: the files are checked (413, 415) before
 * `datos` is even parsed, and nothing is stored yet.
 */
export async function readBodyWithFiles(request: Request): Promise<BodyWithFiles> {
  if (!isMultipart(request)) return { datos: await readJsonObject(request, getConfig().MAX_BODY_BYTES), uploads: [] };
  const bytes = await readBodyBytes(request, MULTIPART_MAX_BYTES);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
  } catch {
    throw new ValidationError('El formulario multipart no es válido.');
  }
  const uploads = await checkFormUploads(form);
  return { datos: parseDatos(form.get('datos')), uploads };
}

function parseDatos(part: FormDataEntryValue | null): unknown {
  if (part === null) throw new ValidationError('Falta la parte "datos" con los campos en JSON.', { datos: ['Envíe los campos en JSON en la parte "datos".'] });
  const text = typeof part === 'string' ? part : null;
  if (text === null) throw new ValidationError('La parte "datos" debe ser texto JSON, no un archivo.', { datos: ['Envíe los campos como texto JSON.'] });
  const max = getConfig().MAX_BODY_BYTES;
  if (Buffer.byteLength(text) > max) throw new PayloadTooLargeError(`La parte "datos" supera el máximo de ${Math.round((max / 1_048_576) * 10) / 10} MB.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InvalidJsonError('La parte "datos" no es un JSON válido.');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ValidationError('La parte "datos" debe ser un objeto JSON.');
  return value;
}
