import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { testDb } from '@/scripts/test/db';
import { applyOperation } from './apply-operation';
import { derivedSla, loadTicketSla } from './ticket-sla';
import { newArea, newTicket, staffActor } from './queue-test-fixtures';

let mesa: Actor;
let area: string;

/** The queue columns of a ticket, and the risk instant the domain gives its current term. */
async function queueColumns(id: string) {
  const t = await testDb().ticket.findUniqueOrThrow({
    where: { id },
    select: { id: true, label: true, prioridadOrden: true, busqueda: true, fechaCreacion: true, fechaLimiteSla: true, fechaRiesgoSla: true, slaDuracion: true, slaReloj: true },
  });
  return { ...t, riesgoEsperado: derivedSla(await loadTicketSla(testDb(), t), new Date()).fechaRiesgoSla };
}

beforeAll(async () => {
  mesa = await staffActor('mesa@mesa.test');
  area = await newArea('Columnas');
});

describe('the queue columns stay right', () => {
  it('are written at creation: the risk instant, the priority order and the search text', async () => {
    const t = await newTicket(area, { prioridad: 'BAJA', nombre: 'Íñigo Muñoz', asunto: 'Cámara' });
    const c = await queueColumns(t.id);
    expect(c.prioridadOrden).toBe(-1);
    expect(c.fechaRiesgoSla).toEqual(c.riesgoEsperado);
    expect(c.fechaRiesgoSla.getTime()).toBeLessThan(c.fechaLimiteSla.getTime());
    expect(c.busqueda.startsWith(`${t.label.toLowerCase()} inigo munoz `)).toBe(true);
    expect(c.busqueda).toContain('camara');
  });

  it('follow reclasificar (new priority, new term)', async () => {
    const t = await newTicket(area, { prioridad: 'BAJA' });
    const before = await queueColumns(t.id);
    await applyOperation(mesa, t.id, 'reclasificar', { prioridad: 'CRITICA', motivo: 'Afecta a toda la sede' });
    const after = await queueColumns(t.id);
    expect(after.prioridadOrden).toBe(-4);
    expect(after.fechaLimiteSla.getTime()).toBeLessThan(before.fechaLimiteSla.getTime());
    expect(after.fechaRiesgoSla).toEqual(after.riesgoEsperado);
  });

  it('follow reabrir, which moves the deadline by the paused working time', async () => {
    const t = await newTicket(area, { prioridad: 'MEDIA' });
    await applyOperation(mesa, t.id, 'asignar', { asignadoA: mesa.userId ?? undefined });
    await applyOperation(mesa, t.id, 'pausar', { motivo: 'Esperando al proveedor' });
    // Filed eleven days ago and paused for the last ten (the pause is read from the history): its
    // 24 business hours would have run out days ago, but the paused time gives back what was left.
    const day = 86_400_000;
    await testDb().ticket.update({ where: { id: t.id }, data: { fechaCreacion: new Date(Date.now() - 11 * day) } });
    await testDb().ticketHistory.updateMany({ where: { ticketId: t.id, operacion: { in: ['crear', 'asignar'] } }, data: { fecha: new Date(Date.now() - 11 * day) } });
    await testDb().ticketHistory.updateMany({ where: { ticketId: t.id, operacion: 'pausar' }, data: { fecha: new Date(Date.now() - 10 * day) } });
    await applyOperation(mesa, t.id, 'reabrir', {});
    const after = await queueColumns(t.id);
    expect(after.fechaLimiteSla.getTime()).toBeGreaterThan(Date.now());
    expect(after.fechaRiesgoSla).toEqual(after.riesgoEsperado);
  });

  it('follow the ADMIN reordering the priorities', async () => {
    const code = `P${Date.now().toString(36).toUpperCase()}`;
    await testDb().priority.create({ data: { code, label: 'Prueba de orden', sortOrder: 7 } });
    const settings = await testDb().settings.findUniqueOrThrow({ where: { id: 1 }, select: { activePolicySet: true } });
    await testDb().slaPolicy.create({ data: { policySet: settings.activePolicySet, tipo: 'INCIDENTE', prioridad: code, duracion: 10, reloj: 'HORAS_HABILES' } });
    const t = await newTicket(area, { prioridad: code });
    expect((await queueColumns(t.id)).prioridadOrden).toBe(-7);
    await testDb().priority.update({ where: { code }, data: { sortOrder: 9 } });
    expect((await queueColumns(t.id)).prioridadOrden).toBe(-9);
    await testDb().priority.update({ where: { code }, data: { active: false } });
  });
});
