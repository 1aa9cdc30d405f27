import { describe, expect, it } from 'vitest';
import { createTicket } from '@/lib/data/create-ticket';
import { ValidationError } from '@/lib/errors';
import { ticketInputSchema } from '@/lib/validation/ticket';
import { testDb } from '@/scripts/test/db';
import { ticketBody } from '@/scripts/test/requests';
import { createArea as createAreaData, listAreas, setAreaActive as setAreaActiveData, updateArea as updateAreaData } from '@/lib/data/admin/areas';
import { adminActor, auditCount, latestAudit, unique, viaSchema } from '@/lib/data/admin/test-support';
import { areaActiveSchema, areaCreateSchema, areaUpdateSchema } from '@/lib/validation/admin/areas';

// The data functions as their actions call them: the raw input parsed with the action's schema first.
const createArea = viaSchema(areaCreateSchema, createAreaData);
const setAreaActive = viaSchema(areaActiveSchema, setAreaActiveData);
const updateArea = viaSchema(areaUpdateSchema, updateAreaData);

async function newArea(maxTickets: number | string | null = null) {
  const name = `Área ${unique()}`;
  const { id } = await createArea(await adminActor(), { name, maxTickets });
  return { id, name };
}

describe('areas administration', () => {
  it('creates an area with an optional limit, and writes its audit entry', async () => {
    const { id, name } = await newArea('5');
    expect(await testDb().area.findUniqueOrThrow({ where: { id } })).toMatchObject({ name, maxTickets: 5, active: true });
    expect((await latestAudit())[0]).toMatchObject({ accion: 'area.crear', entidad: 'area', entidadId: String(id), datos: { despues: { name, maxTickets: 5, active: true } } });
    const listed = (await listAreas(await adminActor())).find((a) => a.id === id);
    expect(listed).toMatchObject({ name, maxTickets: 5, activeTickets: 0, isDefault: false });
  });

  it('renames an area: its tickets and the API tokens naming it follow the new name', async () => {
    const { id, name } = await newArea();
    const ticket = await createTicket(ticketInputSchema.parse(ticketBody({ areaAsignada: name })), { canal: 'API' });
    const token = await testDb().apiToken.create({ data: { name: 'Token de área', prefix: 'mda_x', tokenHash: unique().padEnd(64, '0'), role: 'AREA', areas: [name, 'Sistemas'] } });
    const renamed = `${name} renombrada`;

    await updateArea(await adminActor(), { id, name: renamed, maxTickets: '' });
    expect((await testDb().ticket.findUniqueOrThrow({ where: { id: ticket.ticketUuid } })).areaAsignada).toBe(renamed);
    expect((await testDb().apiToken.findUniqueOrThrow({ where: { id: token.id } })).areas).toEqual([renamed, 'Sistemas']);
    expect((await listAreas(await adminActor())).find((a) => a.id === id)).toMatchObject({ name: renamed, activeTickets: 1 });
    expect((await latestAudit())[0]).toMatchObject({
      accion: 'area.editar',
      datos: { antes: { name, maxTickets: null }, despues: { name: renamed, maxTickets: null }, ticketsRenombrados: 1 },
    });
  });

  it('sets and clears the active-ticket limit', async () => {
    const { id, name } = await newArea();
    await updateArea(await adminActor(), { id, name, maxTickets: 3 });
    expect((await testDb().area.findUniqueOrThrow({ where: { id } })).maxTickets).toBe(3);
    await updateArea(await adminActor(), { id, name, maxTickets: null });
    expect((await testDb().area.findUniqueOrThrow({ where: { id } })).maxTickets).toBeNull();
  });

  it('refuses a duplicate name (in any case), a bad limit, and renaming or deactivating MESA; nothing is written', async () => {
    const admin = await adminActor();
    const { id } = await newArea();
    const mesa = await testDb().area.findUniqueOrThrow({ where: { name: 'MESA' } });
    const [areas, audits] = [await testDb().area.count(), await auditCount()];
    const attempts: [() => Promise<unknown>, string, RegExp][] = [
      [() => createArea(admin, { name: 'sistemas' }), 'name', /Ya existe un área/],
      [() => createArea(admin, { name: 'X' }), 'name', /al menos 2 caracteres/],
      [() => createArea(admin, { name: `Otra ${unique()}`, maxTickets: '0' }), 'maxTickets', /como mínimo 1/],
      [() => createArea(admin, { name: `Otra ${unique()}`, maxTickets: 'diez' }), 'maxTickets', /número entero/],
      [() => updateArea(admin, { id, name: 'SISTEMAS', maxTickets: null }), 'name', /Ya existe un área/],
      [() => updateArea(admin, { id: mesa.id, name: 'Mesa central', maxTickets: null }), 'name', /no se puede renombrar/],
      [() => setAreaActive(admin, { id: mesa.id, active: false }), 'active', /no se puede desactivar/],
    ];
    for (const [attempt, field, message] of attempts) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields[field]?.join(' ')).toMatch(message);
    }
    expect(await testDb().area.count()).toBe(areas);
    expect(await testDb().area.findUniqueOrThrow({ where: { id: mesa.id } })).toMatchObject({ name: 'MESA', active: true });
    expect(await auditCount()).toBe(audits);
  });

  it('deactivates an area (no new tickets go to it) and reactivates it', async () => {
    const { id, name } = await newArea();
    await setAreaActive(await adminActor(), { id, active: false });
    const refused = await createTicket(ticketInputSchema.parse(ticketBody({ areaAsignada: name })), { canal: 'API' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((await latestAudit())[0]).toMatchObject({ accion: 'area.desactivar', datos: { antes: { active: true }, despues: { active: false } } });
    await setAreaActive(await adminActor(), { id, active: true });
    await expect(createTicket(ticketInputSchema.parse(ticketBody({ areaAsignada: name })), { canal: 'API' })).resolves.toMatchObject({ estado: 'NUEVO' });
  });
});
