import { describe, expect, it } from 'vitest';
import { areaCreateSchema } from './areas';
import { priorityCreateSchema } from './priorities';
import { slaPolicyUpdateSchema } from './sla';
import { userCreateSchema } from './users';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('administration schemas', () => {
  it('read numbers from form strings and blank limits as none', () => {
    expect(areaCreateSchema.parse({ name: ' Jurídica ', maxTickets: ' ' })).toEqual({ name: 'Jurídica', maxTickets: null });
    expect(areaCreateSchema.parse({ name: 'Jurídica', maxTickets: '12' })).toEqual({ name: 'Jurídica', maxTickets: 12 });
    expect(messages(areaCreateSchema.safeParse({ name: 'Jurídica', maxTickets: '1.5' }))).toEqual({ maxTickets: 'El límite de tickets activos debe ser un número entero.' });
  });

  it('upper-cases a priority code and refuses accents', () => {
    expect(priorityCreateSchema.parse({ code: ' urgente_1 ', label: 'Urgente', sortOrder: '5', slaHoras: '2' })).toEqual({ code: 'URGENTE_1', label: 'Urgente', sortOrder: 5, slaHoras: 2 });
    expect(messages(priorityCreateSchema.safeParse({ code: 'crítica', label: 'Crítica', sortOrder: 1, slaHoras: 1 })).code).toMatch(/letras sin tildes/);
  });

  it('bounds a term by its clock', () => {
    const cell = { policySet: 'PQRS', tipo: 'CONSULTA', prioridad: 'BAJA', reloj: 'DIAS_HABILES' };
    expect(slaPolicyUpdateSchema.parse({ ...cell, duracion: '30' }).duracion).toBe(30);
    expect(messages(slaPolicyUpdateSchema.safeParse({ ...cell, duracion: 366 })).duracion).toMatch(/como máximo 365/);
    expect(slaPolicyUpdateSchema.safeParse({ ...cell, reloj: 'HORAS_HABILES', duracion: 366 }).success).toBe(true);
  });

  it('stores emails lower-case, keeps passwords as typed and asks an AREA user for an area', () => {
    const user = userCreateSchema.parse({ name: 'Laura Gómez', email: ' Laura@Mesa.TEST ', role: 'MESA', areas: ['2', 2, '3'], password: '  espacios  ' });
    expect(user).toMatchObject({ email: 'laura@mesa.test', areas: [2, 3], password: '  espacios  ' });
    expect(messages(userCreateSchema.safeParse({ name: 'Laura Gómez', email: 'l@mesa.test', role: 'AREA', password: 'Clave-Larga-1' })).areas).toMatch(/al menos a un área/);
  });
});
