/** Tags (docs/workflow.md): lower-case words of letters, digits, `-` and `_`. */
export const ETIQUETA_MAX_LENGTH = 40;
export const MAX_ETIQUETAS = 20;

// "Letters" are the Spanish alphabet, accented vowels, ü and ñ included: enough for the tags staff
// write, and a closed set keeps look-alike letters of other scripts from making twin tags.
const ETIQUETA = /^[a-z0-9áéíóúüñ_-]+$/;

/** Lower-cased and trimmed, in NFC so an accent typed as two code points matches the composed one. */
export function normalizeEtiqueta(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}

/** Why a normalised tag is refused, or null when it is valid. */
export function etiquetaRefusal(etiqueta: string): string | null {
  const length = Array.from(etiqueta).length;
  if (length === 0) return 'La etiqueta no puede estar vacía.';
  if (length > ETIQUETA_MAX_LENGTH) return `La etiqueta "${etiqueta.slice(0, ETIQUETA_MAX_LENGTH)}…" debe tener como máximo ${ETIQUETA_MAX_LENGTH} caracteres.`;
  if (!ETIQUETA.test(etiqueta)) return `La etiqueta "${etiqueta}" solo puede tener letras, números, "-" y "_".`;
  return null;
}

/** Duplicates collapse, first occurrence first. */
export function uniqueEtiquetas(etiquetas: readonly string[]): string[] {
  return [...new Set(etiquetas)];
}

/** The ticket's tags after adding and removing: existing order kept, new ones appended; a tag both added and removed is removed. */
export function applyEtiquetas(current: readonly string[], agregar: readonly string[], quitar: readonly string[]) {
  const removed = new Set(quitar);
  const etiquetas = uniqueEtiquetas([...current, ...agregar]).filter((e) => !removed.has(e));
  return {
    etiquetas,
    agregadas: etiquetas.filter((e) => !current.includes(e)),
    quitadas: current.filter((e) => !etiquetas.includes(e)),
  };
}
