import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { MAX_ETIQUETAS } from '@/lib/domain/etiquetas';
import { ConflictError, ValidationError } from '@/lib/errors';
import { testDb } from '@/scripts/test/db';
import { parseInput } from '@/lib/validation/parse';
import { operationBodySchemas } from '@/lib/validation/operations';
import { ticketInputSchema } from '@/lib/validation/ticket';
import { applyOperation } from './apply-operation';
import { createTicket } from './create-ticket';
import { newArea, newTicket, staffActor } from './queue-test-fixtures';

let mesa: Actor;
let area: string;

/** As the route and the action call it: the body parsed first. */
const etiquetar = (ticketId: string, body: unknown, actor = mesa) => applyOperation(actor, ticketId, 'etiquetar', parseInput(operationBodySchemas.etiquetar, body));

const stored = (id: string) =>
  testDb().ticket.findUniqueOrThrow({
    where: { id },
    select: { etiquetas: true, estado: true, version: true, history: { where: { operacion: 'etiquetar' }, orderBy: { fecha: 'asc' }, select: { datos: true, texto: true, publica: true, estadoAnterior: true, estadoNuevo: true } } },
  });

beforeAll(async () => {
  mesa = await staffActor('mesa@mesa.test');
  area = await newArea('Etiquetas');
});

describe('etiquetar', () => {
  it('adds normalised tags, removes others, and writes what changed in one internal entry without text', async () => {
    const { id } = await newTicket(area);
    const after = await etiquetar(id, { agregar: ['VIP', ' facturación ', 'vip'] });
    expect(after.etiquetas).toEqual(['vip', 'facturación']);
    expect(after.estado).toBe('NUEVO');

    await etiquetar(id, { agregar: ['red'], quitar: ['vip', 'no-estaba'] });
    const ticket = await stored(id);
    expect(ticket.etiquetas).toEqual(['facturación', 'red']);
    expect(ticket.version).toBe(3);
    expect(ticket.history).toEqual([
      { datos: { agregadas: ['vip', 'facturación'], quitadas: [] }, texto: null, publica: false, estadoAnterior: 'NUEVO', estadoNuevo: 'NUEVO' },
      { datos: { agregadas: ['red'], quitadas: ['vip'] }, texto: null, publica: false, estadoAnterior: 'NUEVO', estadoNuevo: 'NUEVO' },
    ]);
  });

  it(`refuses more than ${MAX_ETIQUETAS} tags naming agregar, and writes nothing`, async () => {
    const { id } = await newTicket(area);
    const twenty = Array.from({ length: MAX_ETIQUETAS }, (_, i) => `t${i}`);
    await etiquetar(id, { agregar: twenty });
    const before = await stored(id);
    const err = await etiquetar(id, { agregar: ['una-mas'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(Object.keys((err as ValidationError).fields)).toEqual(['agregar']);
    expect(await stored(id)).toEqual(before);
    // Replacing one keeps the count at the limit.
    expect((await etiquetar(id, { agregar: ['una-mas'], quitar: ['t0'] })).etiquetas).toHaveLength(MAX_ETIQUETAS);
  });

  it('refuses a closed ticket with 409', async () => {
    const { id } = await newTicket(area);
    await testDb().ticket.update({ where: { id }, data: { estado: 'ARCHIVADO', fechaCierre: new Date() } });
    await expect(etiquetar(id, { agregar: ['tarde'] })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('creation with etiquetas', () => {
  it('stores the tags a new ticket brings, normalised and without duplicates', async () => {
    const input = parseInput(ticketInputSchema, {
      nombre: 'Ana María Pérez',
      email: 'ana.etiquetas@example.com',
      tipo: 'INCIDENTE',
      categoria: 'Sistemas',
      descripcion: 'No puedo ingresar al sistema de nómina.',
      prioridad: 'MEDIA',
      areaAsignada: area,
      etiquetas: ['Nómina', 'nómina', 'acceso'],
    });
    const created = await createTicket(input, { canal: 'WEB' });
    expect((await stored(created.ticketUuid)).etiquetas).toEqual(['nómina', 'acceso']);
  });

  it('refuses a bad tag or too many, naming etiquetas', () => {
    const fields = (etiquetas: unknown) => {
      const result = ticketInputSchema.safeParse({ etiquetas });
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.')).filter((p) => p.startsWith('etiquetas'));
    };
    expect(fields(['con espacio'])).toEqual(['etiquetas']);
    expect(fields(Array.from({ length: MAX_ETIQUETAS + 1 }, (_, i) => `e${i}`))).toEqual(['etiquetas']);
    expect(fields(['ok'])).toEqual([]);
  });
});
