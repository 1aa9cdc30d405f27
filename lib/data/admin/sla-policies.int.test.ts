import { afterEach, describe, expect, it } from 'vitest';
import { createTicket } from '@/lib/data/create-ticket';
import { TIPOS } from '@/lib/domain/tipos';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { ticketInputSchema } from '@/lib/validation/ticket';
import { testDb } from '@/scripts/test/db';
import { ticketBody } from '@/scripts/test/requests';
import { getSlaMatrix, setActivePolicySet as setActivePolicySetData, updateSlaPolicy as updateSlaPolicyData } from '@/lib/data/admin/sla-policies';
import { adminActor, auditCount, latestAudit, viaSchema } from '@/lib/data/admin/test-support';
import { activePolicySetSchema, slaPolicyUpdateSchema } from '@/lib/validation/admin/sla';

// The data functions as their actions call them: the raw input parsed with the action's schema first.
const setActivePolicySet = viaSchema(activePolicySetSchema, setActivePolicySetData);
const updateSlaPolicy = viaSchema(slaPolicyUpdateSchema, updateSlaPolicyData);

const HOUR = 3_600_000;
const create = (overrides: Record<string, unknown>) => createTicket(ticketInputSchema.parse(ticketBody(overrides)), { canal: 'API' });
const key = (policySet: string, tipo: (typeof TIPOS)[number], prioridad: string) => ({ policySet_tipo_prioridad: { policySet, tipo, prioridad } });

// Other test files and the HTTP stage share this database: put back what a test changed.
afterEach(async () => {
  await testDb().slaPolicy.update({ where: key('GENERAL', 'INCIDENTE', 'ALTA'), data: { duracion: 8, reloj: 'HORAS_HABILES' } });
  await testDb().settings.update({ where: { id: 1 }, data: { activePolicySet: 'GENERAL' } });
});

describe('SLA policies administration', () => {
  it('seeds the PQRS set of Ley 1755 art. 14 for every priority; SUGERENCIA and INCIDENTE keep the GENERAL hours', async () => {
    const [pqrs, general, priorities] = await Promise.all([
      testDb().slaPolicy.findMany({ where: { policySet: 'PQRS' } }),
      testDb().slaPolicy.findMany({ where: { policySet: 'GENERAL' } }),
      testDb().priority.findMany({ where: { code: { in: ['BAJA', 'MEDIA', 'ALTA', 'CRITICA'] } } }),
    ]);
    const days = { PETICION: 15, SOLICITUD: 10, CONSULTA: 30, QUEJA: 15, RECLAMO: 15 } as Record<string, number>;
    for (const { code } of priorities) {
      for (const tipo of TIPOS) {
        const cell = pqrs.find((p) => p.tipo === tipo && p.prioridad === code);
        if (days[tipo]) expect(cell, `${tipo}/${code}`).toMatchObject({ duracion: days[tipo], reloj: 'DIAS_HABILES' });
        else {
          const same = general.find((p) => p.tipo === tipo && p.prioridad === code)!;
          expect(cell, `${tipo}/${code}`).toMatchObject({ duracion: same.duracion, reloj: same.reloj });
        }
      }
    }
    expect((await testDb().settings.findUniqueOrThrow({ where: { id: 1 } })).activePolicySet).toBe('GENERAL');
  });

  it('shows the matrix of the active set, or of the set asked for', async () => {
    const admin = await adminActor();
    const general = await getSlaMatrix(admin);
    expect(general).toMatchObject({ policySet: 'GENERAL', activePolicySet: 'GENERAL', policySets: ['GENERAL', 'PQRS'] });
    expect(general.cells.INCIDENTE?.ALTA).toEqual({ duracion: 8, reloj: 'HORAS_HABILES' });
    expect((await getSlaMatrix(admin, 'PQRS')).cells.PETICION?.BAJA).toEqual({ duracion: 15, reloj: 'DIAS_HABILES' });
    expect((await getSlaMatrix(admin, 'NO_EXISTE')).policySet).toBe('GENERAL');
  });

  it('an edited cell applies to the next ticket created, with its audit entry', async () => {
    await updateSlaPolicy(await adminActor(), { policySet: 'GENERAL', tipo: 'INCIDENTE', prioridad: 'ALTA', duracion: '2', reloj: 'HORAS_CALENDARIO' });
    const [entry] = await latestAudit();
    expect(entry).toMatchObject({
      accion: 'politica_sla.editar',
      entidad: 'politica_sla',
      entidadId: 'GENERAL/INCIDENTE/ALTA',
      datos: { antes: { duracion: 8, reloj: 'HORAS_HABILES' }, despues: { duracion: 2, reloj: 'HORAS_CALENDARIO' } },
    });
    const ticket = await create({ tipo: 'INCIDENTE', prioridad: 'alta' });
    expect(ticket.slaHoras).toBe(2);
    expect(Date.parse(ticket.fechaLimiteSla) - Date.parse(ticket.fechaCreacion)).toBe(2 * HOUR);
  });

  it('switches to the PQRS set: a petición gets 15 business days; switching back restores the hours', async () => {
    const admin = await adminActor();
    await setActivePolicySet(admin, { activePolicySet: 'PQRS' });
    expect((await latestAudit())[0]).toMatchObject({ accion: 'configuracion.conjunto_politicas', datos: { antes: { activePolicySet: 'GENERAL' }, despues: { activePolicySet: 'PQRS' } } });
    const settings = await testDb().settings.findUniqueOrThrow({ where: { id: 1 } });
    const hoursPerDay = (settings.workEndMinute - settings.workStartMinute) / 60;
    const peticion = await create({ tipo: 'PETICION', prioridad: 'MEDIA' });
    expect(peticion.slaHoras).toBe(15 * hoursPerDay);
    expect(Date.parse(peticion.fechaLimiteSla) - Date.parse(peticion.fechaCreacion)).toBeGreaterThan(15 * 24 * HOUR);
    expect((await create({ tipo: 'INCIDENTE', prioridad: 'MEDIA' })).slaHoras).toBe(24);

    await setActivePolicySet(admin, { activePolicySet: 'GENERAL' });
    expect((await create({ tipo: 'PETICION', prioridad: 'MEDIA' })).slaHoras).toBe(24);
  });

  it('switching to PQRS completes the column of a priority that lacked one, from its GENERAL terms', async () => {
    const code = `SIN_PQRS_${Date.now().toString(36).toUpperCase()}`.slice(0, 20);
    await testDb().priority.create({ data: { code, label: 'Sin PQRS', sortOrder: 50 } });
    await testDb().slaPolicy.createMany({ data: TIPOS.map((tipo) => ({ policySet: 'GENERAL', tipo, prioridad: code, duracion: 6, reloj: 'HORAS_HABILES' as const })) });
    await setActivePolicySet(await adminActor(), { activePolicySet: 'PQRS' });
    const pqrs = await testDb().slaPolicy.findMany({ where: { policySet: 'PQRS', prioridad: code } });
    expect(pqrs).toHaveLength(7);
    expect(pqrs.find((p) => p.tipo === 'RECLAMO')).toMatchObject({ duracion: 15, reloj: 'DIAS_HABILES' });
    expect(pqrs.find((p) => p.tipo === 'SUGERENCIA')).toMatchObject({ duracion: 6, reloj: 'HORAS_HABILES' });
    expect((await latestAudit())[0]!.datos).toMatchObject({ despues: { activePolicySet: 'PQRS' }, politicasAgregadas: 7 });
    expect((await create({ tipo: 'SUGERENCIA', prioridad: code })).slaHoras).toBe(6);
  });

  it('refuses a bad duration, clock, set or cell, writing nothing', async () => {
    const admin = await adminActor();
    const audits = await auditCount();
    const valid = { policySet: 'GENERAL', tipo: 'INCIDENTE', prioridad: 'ALTA', duracion: 4, reloj: 'HORAS_HABILES' };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...valid, duracion: 0 }, 'duracion', /como mínimo 1/],
      [{ ...valid, duracion: '1.5' }, 'duracion', /número entero/],
      [{ ...valid, duracion: 400, reloj: 'DIAS_HABILES' }, 'duracion', /días hábiles debe ser como máximo 365/],
      [{ ...valid, reloj: 'MINUTOS' }, 'reloj', /horas hábiles, horas calendario o días hábiles/],
      [{ ...valid, tipo: 'OTRO' }, 'tipo', /El tipo debe ser uno de/],
      [{ ...valid, prioridad: 'NO_EXISTE' }, 'prioridad', /no existe/],
    ];
    for (const [input, field, message] of cases) {
      const error = await updateSlaPolicy(admin, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields[field]?.join(' ')).toMatch(message);
    }
    await expect(updateSlaPolicy(admin, { ...valid, policySet: 'OTRO' })).rejects.toBeInstanceOf(NotFoundError);
    const unknownSet = await setActivePolicySet(admin, { activePolicySet: 'OTRO' }).catch((e: unknown) => e);
    expect((unknownSet as ValidationError).fields.activePolicySet?.[0]).toMatch(/no existe/);
    expect(await auditCount()).toBe(audits);
    expect(await testDb().slaPolicy.findUniqueOrThrow({ where: key('GENERAL', 'INCIDENTE', 'ALTA') })).toMatchObject({ duracion: 8, reloj: 'HORAS_HABILES' });
  });
});
