import { hash } from '@node-rs/argon2';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { describeConcurrently } from '@/scripts/test/concurrency';
import { testDb } from '@/scripts/test/db';
import { api, signIn } from '@/scripts/test/http-client';
import { OPERATION_BODIES, ticketFootprint, ticketInState } from '@/scripts/test/tickets';
import { EXPECTED_OPERATIONS, expectedStatus } from '@/scripts/test/transition-oracle';

interface Detail {
  ticketUuid: string;
  estado: string;
  version: number;
  areaAsignada: string;
  asignadoA: { id: string; nombre: string } | null;
  slaHoras: number;
  fechaLimiteSla: string;
  resolucion: string | null;
  fechaCierre: string | null;
  historial: { operacion: string; estadoAnterior: string | null; estadoNuevo: string; texto: string | null; publica: boolean }[];
  error?: { code: string; fields?: Record<string, string[]> };
}

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
let mesa = '';
let area = '';

beforeAll(async () => {
  mesa = (await signIn('mesa@mesa.test', password))!;
  area = (await signIn('area@mesa.test', password))!;
});

const op = (id: string, name: string, body: unknown, cookie: string | null = mesa) =>
  api<Detail>(`/api/tickets/${id}/${name}`, { method: 'POST', body, cookie });

describeConcurrently('concurrency on one ticket', () => {
  it('applies exactly one of 50 concurrent operations sent with the same expectedVersion', async () => {
    const ticket = await ticketInState('NUEVO');
    const bodies = [
      ['asignar', { area: 'Sistemas' }],
      ['transferir', { area: 'Infraestructura' }],
      ['reclasificar', { prioridad: 'ALTA' }],
      ['actualizar', { nota: 'Nota concurrente' }],
      ['cancelar', { motivo: 'Duplicado' }],
    ] as const;
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const [name, body] = bodies[i % bodies.length]!;
        return op(ticket.id, name, { ...body, expectedVersion: 1 });
      }),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(replies.filter((r) => r.status === 409).every((r) => r.body.error?.code === 'VERSION_CONFLICT')).toBe(true);

    const history = await testDb().ticketHistory.findMany({ where: { ticketId: ticket.id }, orderBy: { fecha: 'asc' } });
    expect(history.map((h) => h.operacion)).toHaveLength(2);
    expect(history[0]).toMatchObject({ operacion: 'crear', estadoNuevo: 'NUEVO' });
    expect(history[1]!.estadoAnterior).toBe('NUEVO');
    expect((await ticketFootprint(ticket.id)).version).toBe(2);
  });

  it('loses none of 20 concurrent notes sent without expectedVersion', async () => {
    const ticket = await ticketInState('ASIGNADO');
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => op(ticket.id, 'actualizar', { nota: `Nota ${i}` })));
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(await ticketFootprint(ticket.id)).toEqual({ estado: 'ASIGNADO', version: 21, history: 21 });
  });
});

describe('optimistic concurrency', () => {
  it('answers a stale expectedVersion with 409 VERSION_CONFLICT and the current version', async () => {
    const ticket = await ticketInState('ASIGNADO');
    expect((await op(ticket.id, 'actualizar', { nota: 'Primera', expectedVersion: 1 })).status).toBe(200);
    const stale = await op(ticket.id, 'actualizar', { nota: 'Segunda', expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'VERSION_CONFLICT', version: 2 });
  });
});

describe('AREA scope', () => {
  it("gives an AREA user 404 on another area's ticket for GET and every operation they may perform, 403 for the others, and writes nothing", async () => {
    const ticket = await ticketInState('ASIGNADO', 'Infraestructura');
    const before = await ticketFootprint(ticket.id);
    expect((await api(`/api/tickets/${ticket.id}`, { cookie: area })).status).toBe(404);
    for (const name of EXPECTED_OPERATIONS) {
      const reply = await op(ticket.id, name, OPERATION_BODIES[name], area);
      // A role that may never perform the operation gets 403 before any lookup.
      const expected = expectedStatus('AREA', name, 'ASIGNADO') === 403 ? 403 : 404;
      expect(reply.status, name).toBe(expected);
    }
    expect(await ticketFootprint(ticket.id)).toEqual(before);
  });

  it("lets an AREA user read and work their own area's ticket", async () => {
    const ticket = await ticketInState('ASIGNADO', 'Sistemas');
    expect((await api<Detail>(`/api/tickets/${ticket.id}`, { cookie: area })).body.areaAsignada).toBe('Sistemas');
    expect((await op(ticket.id, 'pausar', { motivo: 'Esperando repuesto' }, area)).body.estado).toBe('PAUSADO');
  });
});

describe('users whose access changes', () => {
  async function staffUser(role: 'MESA' | 'AREA') {
    const email = `temporal.${Date.now()}.${Math.random().toString(36).slice(2, 6)}@mesa.test`;
    const user = await testDb().user.create({ data: { email, name: 'Temporal', role, passwordHash: await hash('Clave-temporal-1') } });
    return { user, cookie: (await signIn(email, 'Clave-temporal-1'))! };
  }

  it("refuses every operation to a deactivated user's existing session", async () => {
    const { user, cookie } = await staffUser('MESA');
    const ticket = await ticketInState('NUEVO');
    expect((await op(ticket.id, 'actualizar', { nota: 'Antes' }, cookie)).status).toBe(200);

    await testDb().user.update({ where: { id: user.id }, data: { active: false } });
    const before = await ticketFootprint(ticket.id);
    for (const [name, body] of [['asignar', { area: 'Sistemas' }], ['actualizar', { nota: 'Después' }], ['cancelar', { motivo: 'x' }]] as const) {
      expect((await op(ticket.id, name, body, cookie)).status, name).toBe(401);
    }
    expect((await api(`/api/tickets/${ticket.id}`, { cookie })).status).toBe(401);
    expect(await ticketFootprint(ticket.id)).toEqual(before);
  });

  it('applies a role change at once to an existing session', async () => {
    const { user, cookie } = await staffUser('MESA');
    const ticket = await ticketInState('NUEVO');
    await testDb().user.update({ where: { id: user.id }, data: { role: 'AREA' } });
    expect((await op(ticket.id, 'asignar', { area: 'Sistemas' }, cookie)).status).toBe(403);
  });
});

describe('operation effects and bad input', () => {
  it('asignar sets the assignee and area; transferir moves the area and clears the assignee', async () => {
    const ticket = await ticketInState('NUEVO', 'MESA');
    const areaUser = await testDb().user.findUniqueOrThrow({ where: { email: 'area@mesa.test' } });
    const assigned = await op(ticket.id, 'asignar', { area: 'sistemas', asignadoA: areaUser.id });
    expect(assigned.body).toMatchObject({ estado: 'ASIGNADO', areaAsignada: 'Sistemas', asignadoA: { id: areaUser.id } });
    const moved = await op(ticket.id, 'transferir', { area: 'Infraestructura', motivo: 'Es de red' });
    expect(moved.body).toMatchObject({ estado: 'TRANSFERIDO', areaAsignada: 'Infraestructura', asignadoA: null });
  });

  it('refuses to assign an AREA user a ticket outside their areas, and a transfer to the same area', async () => {
    const ticket = await ticketInState('NUEVO', 'Infraestructura');
    const areaUser = await testDb().user.findUniqueOrThrow({ where: { email: 'area@mesa.test' } });
    const refused = await op(ticket.id, 'asignar', { asignadoA: areaUser.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.fields?.asignadoA?.[0]).toMatch(/no pertenece al área Infraestructura/);
    const same = await op(ticket.id, 'transferir', { area: 'infraestructura' });
    expect(same.status).toBe(400);
    expect(same.body.error?.fields?.area).toBeDefined();
  });

  it('reclasificar recomputes the SLA from the new priority', async () => {
    const ticket = await ticketInState('NUEVO');
    const before = await api<Detail>(`/api/tickets/${ticket.id}`, { cookie: mesa });
    const after = await op(ticket.id, 'reclasificar', { prioridad: 'critica', tipo: 'INCIDENTE' });
    expect(after.body).toMatchObject({ estado: 'RECLASIFICADO', slaHoras: 4 });
    expect(new Date(after.body.fechaLimiteSla).getTime()).toBeLessThan(new Date(before.body.fechaLimiteSla).getTime());
  });

  it('archivar stores the resolution and the closing date; the requester sees it, not internal notes', async () => {
    const ticket = await ticketInState('ASIGNADO');
    await op(ticket.id, 'actualizar', { nota: 'NOTA INTERNA: revisar el LDAP', publica: false });
    await op(ticket.id, 'actualizar', { nota: 'Estamos revisando su acceso.', publica: true });
    const archived = await op(ticket.id, 'archivar', { resolucion: 'Se restableció su contraseña.' });
    expect(archived.body).toMatchObject({ estado: 'ARCHIVADO', resolucion: 'Se restableció su contraseña.' });
    expect(archived.body.fechaCierre).not.toBeNull();

    const row = await testDb().ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    const view = await api<{ historial: { texto: string | null }[]; mensajes: { texto: string }[] }>('/api/tickets/consultar', {
      method: 'POST',
      body: { ticketLabel: ticket.label, email: row.email },
    });
    const texts = [...view.body.mensajes.map((m) => m.texto), ...view.body.historial.map((h) => h.texto)];
    expect(texts).toContain('Estamos revisando su acceso.');
    expect(texts).toContain('Se restableció su contraseña.');
    expect(JSON.stringify(view.body)).not.toContain('NOTA INTERNA');
    expect(JSON.stringify(view.body)).not.toContain('Agente de mesa');
  });

  it('answers a bad body, a malformed id, an unknown ticket and an unknown operation clearly', async () => {
    const ticket = await ticketInState('ASIGNADO');
    const badBody = await op(ticket.id, 'archivar', { resolucion: '   ' });
    expect(badBody.status).toBe(400);
    expect(badBody.body.error?.fields?.resolucion?.[0]).toBe('La resolución es obligatoria.');
    expect((await op(ticket.id, 'asignar', {})).body.error?.fields?.asignadoA).toBeDefined();
    expect((await op('no-es-un-uuid', 'actualizar', { nota: 'x' })).status).toBe(400);
    expect((await op('00000000-0000-4000-8000-000000000000', 'actualizar', { nota: 'x' })).status).toBe(404);
    expect((await op(ticket.id, 'borrar', {})).status).toBe(404);
    const notJson = await api<Detail>(`/api/tickets/${ticket.id}/actualizar`, { method: 'POST', body: '{nota', cookie: mesa });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error?.code).toBe('INVALID_JSON');
  });
});
