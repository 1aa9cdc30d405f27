import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '@/lib/errors';
import { fieldErrorsOf, parseInput } from './parse';

const schema = z.object({
  email: z.email('Correo electrónico inválido').refine((s) => s.endsWith('.co'), 'Correo electrónico inválido'),
  areas: z.array(z.string().min(2, 'Área muy corta')),
});

describe('fieldErrorsOf', () => {
  it('keys each message by its field path, once each', () => {
    const result = schema.safeParse({ email: 'no', areas: ['ok', 'x'] });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!.issues)).toEqual({ email: ['Correo electrónico inválido'], 'areas.1': ['Área muy corta'] });
  });

  it('puts an error about the input as a whole under "_"', () => {
    const result = schema.safeParse('texto');
    expect(Object.keys(fieldErrorsOf(result.error!.issues))).toEqual(['_']);
  });
});

describe('parseInput', () => {
  it('returns the parsed value', () => {
    expect(parseInput(schema, { email: 'a@b.co', areas: [] })).toEqual({ email: 'a@b.co', areas: [] });
  });

  it('throws a ValidationError naming the fields, with the lead given', () => {
    const error = (() => {
      try {
        parseInput(schema, { email: 'a@b.co', areas: 'x' }, 'Parámetros inválidos en la consulta');
      } catch (err) {
        return err;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe('Parámetros inválidos en la consulta: areas.');
    expect((error as ValidationError).fields).toHaveProperty('areas');
  });
});
