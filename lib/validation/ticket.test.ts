import { describe, expect, it } from 'vitest';
import { lookupInputSchema, publicTicketInputSchema, ticketInputSchema } from './ticket';

const valid = {
  nombre: 'Ana María Pérez',
  email: 'ana@example.com',
  tipo: 'QUEJA',
  categoria: 'Facturación',
  descripcion: 'Me cobraron dos veces la misma factura.',
  prioridad: 'media',
};

function messages(input: unknown) {
  const result = ticketInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('publicTicketInputSchema', () => {
  it('with the priority shown, is the API schema: prioridad required and kept', () => {
    const schema = publicTicketInputSchema(true);
    expect(schema.parse({ ...valid, prioridad: 'alta' }).prioridad).toBe('ALTA');
    const result = schema.safeParse({ ...valid, prioridad: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['prioridad']);
  });

  it('with the priority hidden, needs none and creates MEDIA, whatever was sent', () => {
    const schema = publicTicketInputSchema(false);
    expect(schema.parse({ ...valid, prioridad: undefined })).toEqual({ ...valid, prioridad: 'MEDIA', tieneWhatsapp: false });
    expect(schema.parse({ ...valid, prioridad: 'URGENTE' }).prioridad).toBe('MEDIA');
  });

  it('with the priority hidden, still checks every other field as the API does', () => {
    const result = publicTicketInputSchema(false).safeParse({ ...valid, email: 'no-es-un-correo' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['email']);
  });
});

describe('ticketInputSchema', () => {
  it('trims, upper-cases the priority and drops unknown fields', () => {
    const parsed = ticketInputSchema.parse({ ...valid, nombre: '  Ana  ', estado: 'ARCHIVADO', telefono: '' });
    expect(parsed).toEqual({ ...valid, nombre: 'Ana', prioridad: 'MEDIA', tieneWhatsapp: false });
  });

  it('says in Spanish which field is missing, with the right gender', () => {
    expect(messages({})).toMatchObject({
      nombre: 'El nombre es obligatorio.',
      email: 'El correo electrónico es obligatorio.',
      categoria: 'La categoría es obligatoria.',
      descripcion: 'La descripción es obligatoria.',
      prioridad: 'La prioridad es obligatoria.',
    });
  });

  it('counts characters, not UTF-16 units, so an emoji counts once', () => {
    expect(ticketInputSchema.safeParse({ ...valid, nombre: '😀'.repeat(150) }).success).toBe(true);
    expect(messages({ ...valid, nombre: '😀'.repeat(151) }).nombre).toBe('El nombre debe tener como máximo 150 caracteres.');
  });

  it('refuses half of a surrogate pair, alone, in any text; a whole pair is an emoji', () => {
    expect(messages({ ...valid, nombre: 'Ana \ud800' }).nombre).toBe('El nombre contiene caracteres no permitidos.');
    expect(messages({ ...valid, descripcion: 'Falla \udfff del sistema' }).descripcion).toBe('La descripción contiene caracteres no permitidos.');
    expect(messages({ ...valid, asunto: '\ud83d' }).asunto).toBe('El asunto contiene caracteres no permitidos.');
    expect(ticketInputSchema.safeParse({ ...valid, descripcion: 'Muchas gracias \ud83d\ude00' }).success).toBe(true);
  });
});

describe('lookupInputSchema', () => {
  it('normalises the label and keeps the email as typed', () => {
    expect(lookupInputSchema.parse({ ticketLabel: ' tk-2026-00042 ', email: 'Ana@Example.com' })).toEqual({
      ticketLabel: 'TK-2026-00042',
      email: 'Ana@Example.com',
    });
  });
});
