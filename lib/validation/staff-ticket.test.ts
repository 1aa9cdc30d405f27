import { describe, expect, it } from 'vitest';
import { staffTicketInputSchema } from './staff-ticket';

const valid = {
  canal: 'TELEFONO',
  nombre: 'Rosa Elena Quintero',
  tipo: 'RECLAMO',
  categoria: 'Facturación',
  descripcion: 'Le cobraron dos veces el mismo servicio en octubre.',
  prioridad: 'alta',
};

const issues = (input: unknown) => {
  const result = staffTicketInputSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('staffTicketInputSchema: an email, a phone or a document', () => {
  it('takes an email alone, a phone alone or a document alone', () => {
    expect(staffTicketInputSchema.parse({ ...valid, email: 'rosa@example.com' }).email).toBe('rosa@example.com');
    expect(staffTicketInputSchema.parse({ ...valid, email: '', telefono: '310 555 0101' })).toMatchObject({ email: undefined, telefono: '310 555 0101' });
    expect(staffTicketInputSchema.parse({ ...valid, email: '   ', documento: '1020304050' })).toMatchObject({ email: undefined, documento: '1020304050' });
  });

  it('refuses none of the three, naming email', () => {
    expect(issues({ ...valid, email: '', telefono: ' ', documento: '' })).toEqual({ email: 'Indique un correo, un teléfono o un documento.' });
    expect(issues(valid)).toEqual({ email: 'Indique un correo, un teléfono o un documento.' });
  });

  it('still refuses a malformed email, even with a phone', () => {
    expect(issues({ ...valid, email: 'rosa@', telefono: '310 555 0101' })).toEqual({ email: 'El correo electrónico no es válido.' });
  });
});
