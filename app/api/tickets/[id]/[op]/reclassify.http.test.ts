import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { testDb } from '@/scripts/test/db';
import { api, signIn } from '@/scripts/test/http-client';
import { ticketFootprint, ticketInState } from '@/scripts/test/tickets';

interface Reply {
  categoria: string;
  subcategoria: string | null;
  error?: { code: string; fields?: Record<string, string[]> };
}

let mesa = '';

beforeAll(async () => {
  mesa = (await signIn('mesa@mesa.test', process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD))!;
});

const reclasificar = (id: string, body: unknown) => api<Reply>(`/api/tickets/${id}/reclasificar`, { method: 'POST', body, cookie: mesa });

describe('reclasificar checks the subcategoría against the catalog', () => {
  it('refuses a categoría with another categoría’s subcategoría: 400 naming subcategoria, nothing written', async () => {
    const { id } = await ticketInState('NUEVO');
    const before = await ticketFootprint(id);
    const reply = await reclasificar(id, { categoria: 'Facturación', subcategoria: 'Nómina', motivo: 'Es de facturación' });
    expect(reply.status).toBe(400);
    expect(reply.body.error?.code).toBe('VALIDATION_ERROR');
    expect(reply.body.error?.fields?.subcategoria).toEqual(['La subcategoría "Nómina" no pertenece a la categoría Facturación.']);
    expect(await ticketFootprint(id)).toEqual(before);
    expect(await testDb().ticket.findUniqueOrThrow({ where: { id }, select: { categoria: true } })).toEqual({ categoria: 'Sistemas' });
  });

  it('refuses a new categoría that would keep the old subcategoría', async () => {
    const { id } = await ticketInState('NUEVO');
    await testDb().ticket.update({ where: { id }, data: { subcategoria: 'Inicio de sesión' } });
    const reply = await reclasificar(id, { categoria: 'Facturación' });
    expect(reply.status).toBe(400);
    expect(reply.body.error?.fields?.subcategoria).toEqual(['Elija una subcategoría de la categoría Facturación.']);
  });

  it('refuses a subcategoría alone that does not belong to the ticket’s categoría', async () => {
    const { id } = await ticketInState('NUEVO');
    const reply = await reclasificar(id, { subcategoria: 'Pagos' });
    expect(reply.status).toBe(400);
    expect(reply.body.error?.fields?.subcategoria).toEqual(['La subcategoría "Pagos" no pertenece a la categoría Sistemas.']);
  });

  it('accepts a categoría with one of its own subcategorías', async () => {
    const { id } = await ticketInState('NUEVO');
    const reply = await reclasificar(id, { categoria: 'Facturación', subcategoria: 'Pagos' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ categoria: 'Facturación', subcategoria: 'Pagos' });
  });
});
