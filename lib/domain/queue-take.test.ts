import { describe, expect, it } from 'vitest';
import { mayTakeTicket } from './queue-take';

const me = '0b6f3c1e-8d4a-4c51-9a57-3f4e2b1c0d9e';

describe('mayTakeTicket', () => {
  it('is offered to MESA and ADMIN on a ticket that may be assigned and is not theirs yet', () => {
    expect(mayTakeTicket({ role: 'MESA', userId: me }, { estado: 'NUEVO', asignadoAId: null })).toBe(true);
    expect(mayTakeTicket({ role: 'ADMIN', userId: me }, { estado: 'TRANSFERIDO', asignadoAId: 'otra-persona' })).toBe(true);
  });

  it('is never offered to AREA staff, who may not assign', () => {
    expect(mayTakeTicket({ role: 'AREA', userId: me }, { estado: 'NUEVO', asignadoAId: null })).toBe(false);
  });

  it('is not offered where asignar is not allowed, on one’s own ticket, or without a user', () => {
    expect(mayTakeTicket({ role: 'MESA', userId: me }, { estado: 'ASIGNADO', asignadoAId: null })).toBe(false);
    expect(mayTakeTicket({ role: 'MESA', userId: me }, { estado: 'ARCHIVADO', asignadoAId: null })).toBe(false);
    expect(mayTakeTicket({ role: 'MESA', userId: me }, { estado: 'RECLASIFICADO', asignadoAId: me })).toBe(false);
    expect(mayTakeTicket({ role: 'MESA', userId: null }, { estado: 'NUEVO', asignadoAId: null })).toBe(false);
  });
});
