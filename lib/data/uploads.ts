import 'server-only';
import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { acceptedTypeOf, attachmentLimitProblem, sanitizeFileName, unsupportedTypeMessage } from '@/lib/domain/attachments';
import type { NewAttachment } from '@/lib/domain/conversation';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '@/lib/errors';
import { getStorage } from '@/lib/storage/storage';

/** The form field that carries files, in the API's multipart form and in the forms' server actions. */
export const UPLOAD_FIELD = 'adjuntos';

/** A file that passed the checks, held in memory until it is stored. */
export interface CheckedUpload {
  nombre: string;
  tipo: string;
  bytes: Uint8Array;
}

/** The files of a form; an empty file input (no name, no bytes) sends a part that is no file. */
export function filesOf(form: FormData): File[] {
  const files: File[] = [];
  for (const entry of form.getAll(UPLOAD_FIELD)) {
    if (typeof entry === 'string') throw new ValidationError('Los adjuntos deben enviarse como archivos.', { [UPLOAD_FIELD]: ['Envíe archivos, no texto.'] });
    if (entry.name === '' && entry.size === 0) continue;
    files.push(entry);
  }
  return files;
}

/**
 * 413 past a limit, 415 for a type not accepted, judged by the bytes alone (never the name or the
 * client's content type); nothing is stored here.
 */
export async function checkUploads(files: readonly File[]): Promise<CheckedUpload[]> {
  const named = files.map((file) => ({ file, nombre: sanitizeFileName(file.name), tamano: file.size }));
  const problem = attachmentLimitProblem(named);
  if (problem) throw new PayloadTooLargeError(problem.message);
  const checked: CheckedUpload[] = [];
  for (const { file, nombre } of named) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.byteLength === 0) throw new ValidationError(`El archivo "${nombre}" está vacío.`, { [UPLOAD_FIELD]: [`El archivo "${nombre}" está vacío.`] });
    const tipo = acceptedTypeOf((await fileTypeFromBuffer(bytes))?.mime, bytes);
    if (!tipo) throw new UnsupportedMediaTypeError(unsupportedTypeMessage(nombre));
    checked.push({ nombre, tipo, bytes });
  }
  return checked;
}

export async function checkFormUploads(form: FormData): Promise<CheckedUpload[]> {
  return checkUploads(filesOf(form));
}

/**
 * Stores the files, runs `fn` with them (the data function records them with its message), and
 * removes them again when `fn` fails: a refused request leaves no file behind.
 */
export async function withStoredUploads<T>(uploads: readonly CheckedUpload[], fn: (adjuntos: NewAttachment[]) => Promise<T>): Promise<T> {
  const stored: NewAttachment[] = [];
  try {
    for (const upload of uploads) {
      const key = randomUUID();
      const storageKey = `${key.slice(0, 2)}/${key}`;
      await getStorage().put(storageKey, upload.bytes);
      stored.push({ id: randomUUID(), nombre: upload.nombre, tipo: upload.tipo, tamano: upload.bytes.byteLength, storageKey });
    }
    return await fn(stored);
  } catch (err) {
    await removeStored(stored);
    throw err;
  }
}

/** Removes stored files that no row records (a refused or replayed request). */
export async function removeStored(stored: readonly NewAttachment[]): Promise<void> {
  const results = await Promise.allSettled(stored.map((a) => getStorage().remove(a.storageKey)));
  for (const r of results) if (r.status === 'rejected') console.error('No se pudo borrar un adjunto sin guardar:', r.reason);
}
