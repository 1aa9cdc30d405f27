import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { ValidationError } from '@/lib/errors';
import { parseOperationRequest } from '@/lib/validation/operation-request';
import { configCacheSwitch } from '@/scripts/test/config-cache';
import { describeConcurrently } from '@/scripts/test/concurrency';
import { testDb } from '@/scripts/test/db';
import { applyOperation } from './apply-operation';
import { configSnapshot } from './config-cache';
import { newArea, newTicket, staffActor } from './queue-test-fixtures';
import { getTicketDetail, type TicketDetail } from './ticket-detail';

let mesa: Actor;
let area: string;
const useCache = configCacheSwitch();

beforeAll(async () => {
  mesa = await staffActor('mesa@mesa.test');
  area = await newArea('Operaciones');
});

async function apply(ticketId: string, op: string, body: unknown, adjuntos: Parameters<typeof applyOperation>[4] = []) {
  const request = await parseOperationRequest(mesa.role, op, () => body);
  return applyOperation(mesa, ticketId, request.op, request.body, adjuntos);
}

/** The answer without the time left, which moves with the clock between two reads. */
function settled(detail: TicketDetail) {
  const { slaRestanteMs, ...rest } = detail;
  return { rest, slaRestanteMs };
}

/** The operation's answer is what a fresh read of the ticket finds right after it. */
async function expectAnswerAsStored(answer: TicketDetail) {
  const fresh = settled(await getTicketDetail(mesa, { id: answer.ticketUuid }));
  const given = settled(answer);
  expect(given.rest).toEqual(fresh.rest);
  if (fresh.slaRestanteMs === null) expect(given.slaRestanteMs).toBeNull();
  else expect(Math.abs(given.slaRestanteMs! - fresh.slaRestanteMs)).toBeLessThan(60_000);
}

describe('an operation answers the ticket as it wrote it', () => {
  it('after each of the ten operations, the answer equals a fresh read', async () => {
    const { id } = await newTicket(area);
    const files = [
      { id: randomUUID(), nombre: 'zeta.pdf', tipo: 'application/pdf', tamano: 1_200, storageKey: `prueba/${randomUUID()}` },
      { id: randomUUID(), nombre: 'acta.png', tipo: 'image/png', tamano: 3_400, storageKey: `prueba/${randomUUID()}` },
    ];
    const steps: [string, unknown, typeof files?][] = [
      ['etiquetar', { agregar: ['vip', 'red'] }],
      ['actualizar', { nota: 'Nota interna con archivos' }, files],
      ['asignar', { asignadoA: mesa.userId, nota: 'La tomo' }],
      ['transferir', { area: 'MESA', motivo: 'Vuelve a la mesa' }],
      ['reclasificar', { prioridad: 'ALTA', motivo: 'Afecta a toda el área' }],
      ['asignar', { area, asignadoA: mesa.userId }],
      ['pausar', { motivo: 'Esperamos al proveedor' }],
      ['reabrir', { nota: 'El proveedor respondió' }],
      ['prorrogar', { motivo: 'Requiere una compra' }],
      ['archivar', { resolucion: 'Se reemplazó el equipo.' }],
    ];
    let version = 1;
    for (const [op, body, adjuntos] of steps) {
      const answer = await apply(id, op, body, adjuntos);
      expect(answer.version, op).toBe(++version);
      await expectAnswerAsStored(answer);
    }
    const detail = await getTicketDetail(mesa, { id });
    expect(detail.mensajes[1]?.adjuntos.map((a) => a.nombre)).toEqual(['acta.png', 'zeta.pdf']);
    expect(detail.asignadoA).toEqual({ id: mesa.userId, nombre: mesa.name });

    // A reply joins its thread; cancelling a paused ticket closes its clock.
    const other = await newTicket(area);
    const note = await apply(other.id, 'actualizar', { nota: 'Primera nota', publica: true });
    const reply = await apply(other.id, 'actualizar', { nota: 'Respuesta', respondeA: note.mensajes[1]!.id });
    expect(reply.mensajes[2]?.respondeA).toBe(note.mensajes[1]!.id);
    await expectAnswerAsStored(reply);
    await apply(other.id, 'asignar', { area });
    await apply(other.id, 'pausar', { motivo: 'Esperamos al solicitante' });
    await expectAnswerAsStored(await apply(other.id, 'cancelar', { motivo: 'Ya no lo necesita' }));
  });

  it('refuses a reply to a message of another ticket, and writes nothing', async () => {
    const [one, two] = [await newTicket(area), await newTicket(area)];
    const note = await apply(one.id, 'actualizar', { nota: 'Nota de otro ticket' });
    await expect(apply(two.id, 'actualizar', { nota: 'Respuesta', respondeA: note.mensajes[1]!.id })).rejects.toMatchObject({
      fields: { respondeA: ['El mensaje al que responde no existe en este ticket.'] },
    });
    expect((await getTicketDetail(mesa, { id: two.id })).version).toBe(1);
  });
});

describe('an operation decided on a configuration changed since it was read', () => {
  it('is decided again on the new one: the statement sees the configuration moved', async () => {
    // Kept an hour with no listener: this process does not hear the changes below.
    useCache(false, 3_600_000);
    const target = await newArea('Destino');
    const prioridad = `P${randomUUID().slice(0, 8).toUpperCase()}`;
    await testDb().priority.create({ data: { code: prioridad, label: `Prioridad ${prioridad}`, sortOrder: 91 } });
    await testDb().slaPolicy.create({ data: { policySet: 'GENERAL', tipo: 'INCIDENTE', prioridad, duracion: 8, reloj: 'HORAS_HABILES' } });
    const { id } = await newTicket(area);
    await configSnapshot();

    await testDb().area.update({ where: { name: target }, data: { active: false } });
    await expect(apply(id, 'transferir', { area: target })).rejects.toBeInstanceOf(ValidationError);
    const stored = await testDb().ticket.findUniqueOrThrow({ where: { id }, select: { areaAsignada: true, version: true } });
    expect(stored).toEqual({ areaAsignada: area, version: 1 });

    // An area added behind the copy's back: the copy's refusal is checked on a fresh read, and it applies.
    const added = `Nueva ${randomUUID().slice(0, 8)}`;
    await testDb().area.create({ data: { name: added } });
    const moved = await apply(id, 'transferir', { area: added });
    expect(moved).toMatchObject({ areaAsignada: added, estado: 'TRANSFERIDO', version: 2 });
    await apply(id, 'asignar', { area });

    // The policy's new term: the reclassification grants it, not the copy's 8 hours.
    await testDb().slaPolicy.updateMany({ where: { policySet: 'GENERAL', tipo: 'INCIDENTE', prioridad }, data: { duracion: 16 } });
    const answer = await apply(id, 'reclasificar', { prioridad });
    expect(answer).toMatchObject({ prioridad, slaDuracion: 16, slaHoras: 16, version: 4 });
    await expectAnswerAsStored(answer);
  });
});

describeConcurrently('operations on one ticket at once', () => {
  it('loses no tag of 12 concurrent etiquetar without expectedVersion: the ones that lose the race retry under the lock', async () => {
    const { id } = await newTicket(area);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => apply(id, 'etiquetar', { agregar: [`t${i}`] })));
    expect(new Set(answers.map((a) => a.version)).size).toBe(12);
    const stored = await testDb().ticket.findUniqueOrThrow({ where: { id }, select: { etiquetas: true, version: true, _count: { select: { history: true } } } });
    expect([...stored.etiquetas].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `t${i}`).sort());
    expect(stored.version).toBe(13);
    expect(stored._count.history).toBe(13);
  });
});
