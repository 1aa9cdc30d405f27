import { z } from 'zod';
import { CONTROL_MULTI_LINE, CONTROL_SINGLE_LINE, LONE_SURROGATE } from '@/lib/domain/control-characters';
import { charCount } from '@/lib/domain/text-length';


interface TextOptions {
  /** With its article: "El nombre", "La categoría". */
  label: string;
  min?: number;
  max: number;
  multiline?: boolean;
  /** A feminine noun with "El" (el área): the adjective agrees with the noun, not the article. */
  feminine?: boolean;
}

export function requiredText({ label, min = 1, max, multiline = false, feminine = label.startsWith('La ') }: TextOptions) {
  const required = `${label} es ${feminine ? 'obligatoria' : 'obligatorio'}.`;
  return z
    .string({
      error: (issue) => (issue.input == null ? required : `${label} debe ser un texto.`),
    })
    .trim()
    .refine((s) => s.length > 0, { message: required, abort: true })
    .refine((s) => !(multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(s) && !LONE_SURROGATE.test(s), {
      message: `${label} contiene caracteres no permitidos.`,
      abort: true,
    })
    .refine((s) => charCount(s) >= min, { message: `${label} debe tener al menos ${min} caracteres.`, abort: true })
    .refine((s) => charCount(s) <= max, { message: `${label} debe tener como máximo ${max} caracteres.` })
    // The limits, for the OpenAPI document (the refinements above are what enforce them).
    .meta({ minLength: min, maxLength: max });
}

export function optionalText(options: TextOptions) {
  return z.preprocess(
    (v) => (v == null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
    requiredText(options).optional(),
  );
}
