import { z } from 'zod';

/** "El nombre es obligatorio" / "La duración es obligatoria": Spanish agrees with the article. */
export function requiredMessage(label: string): string {
  return `${label} es ${/^(La|Las) /.test(label) ? 'obligatoria' : 'obligatorio'}.`;
}

// Form controls send strings; an API client or a test may send numbers. Blank means absent.
function toNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

export function integerField({ label, min, max }: { label: string; min: number; max: number }) {
  return z.preprocess(
    toNumber,
    z
      .number({ error: (issue) => (issue.input === undefined || issue.input === null ? requiredMessage(label) : `${label} debe ser un número entero.`) })
      .int(`${label} debe ser un número entero.`)
      .min(min, `${label} debe ser como mínimo ${min.toLocaleString('es-CO')}.`)
      .max(max, `${label} debe ser como máximo ${max.toLocaleString('es-CO')}.`),
  );
}

export function optionalIntegerField(options: { label: string; min: number; max: number }) {
  return z.preprocess((v) => (v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v), integerField(options).nullable());
}

export function recordId(label = 'El identificador') {
  return integerField({ label, min: 1, max: 2_147_483_647 });
}

export function booleanField(label: string) {
  return z.preprocess(
    (v) => (v === 'true' ? true : v === 'false' ? false : v),
    z.boolean({ error: `${label} debe ser verdadero o falso.` }),
  );
}

export const userIdField = z.uuid({ error: 'El identificador del usuario no es válido.' });
