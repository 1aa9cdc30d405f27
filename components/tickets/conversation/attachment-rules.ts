import { ATTACHMENT_LIMITS } from '@/lib/domain/conversation';

const LOCALE = 'es-CO';
const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/** "2,3 MB", "850 KB", "1 byte". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes.toLocaleString(LOCALE)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString(LOCALE, { maximumFractionDigits: 1 })} ${UNITS[unit]}`;
}

// The formats a browser draws safely from a file; SVG can carry script and is never shown inline.
const PREVIEWABLE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export function isPreviewableImage(tipo: string): boolean {
  return PREVIEWABLE.has(tipo.toLowerCase());
}

/** A hint for the file picker only: the server accepts a file by its content, not by its name. */
export const ATTACHMENT_ACCEPT = '.png,.jpg,.jpeg,.gif,.webp,.pdf,.txt,.docx,.xlsx,.pptx,.odt,.ods,.odp';
export const ATTACHMENT_TYPES_TEXT = 'imágenes PNG, JPEG, GIF o WebP, PDF, texto y documentos de Office u OpenDocument';

interface FileLike {
  name: string;
  size: number;
}

const sameFile = (a: FileLike & { lastModified?: number }, b: FileLike & { lastModified?: number }) =>
  a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/**
 * The files of a message after the person adds some: those within the limits join the list and each
 * refused one gets a sentence saying why. The server checks again.
 */
export function addFiles<F extends FileLike>(current: readonly F[], incoming: readonly F[]): { files: F[]; errors: string[] } {
  const { perMessage, fileBytes, requestBytes } = ATTACHMENT_LIMITS;
  const files = [...current];
  const errors: string[] = [];
  let total = files.reduce((sum, f) => sum + f.size, 0);
  for (const file of incoming) {
    if (files.some((f) => sameFile(f, file))) continue;
    if (file.size === 0) errors.push(`«${file.name}» está vacío.`);
    else if (file.size > fileBytes)
      errors.push(`«${file.name}» pesa ${formatFileSize(file.size)}; cada archivo puede pesar hasta ${formatFileSize(fileBytes)}.`);
    else if (files.length >= perMessage) errors.push(`«${file.name}» no se agregó: un mensaje lleva hasta ${perMessage} archivos.`);
    else if (total + file.size > requestBytes)
      errors.push(`«${file.name}» no se agregó: los archivos de un mensaje suman hasta ${formatFileSize(requestBytes)}.`);
    else {
      files.push(file);
      total += file.size;
    }
  }
  return { files, errors };
}
