import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { testDb } from '@/scripts/test/db';
import { applyOperation } from './apply-operation';
import { createTicket } from './create-ticket';
import { findPublicTicket } from './lookup-ticket';
import { actorOf, newArea, newTicket, staffActor } from './queue-test-fixtures';
import { addRequesterReply } from './requester-reply';
import { getTicketDetail } from './ticket-detail';

/** An instant in Bogotá's local time (UTC−5 all year). */
const bog = (local: string) => new Date(`${local}-05:00`);
// Only Date is faked: the database driver's timers keep running.
const at = (local: string) => vi.setSystemTime(bog(local));

let mesa: Actor;
let area: string;

beforeAll(async () => {
  mesa = await staffActor('mesa@mesa.test');
  area = await newArea('Conversacion');
});

const ticketRow = (id: string) =>
  testDb().ticket.findUniqueOrThrow({ where: { id }, select: { estado: true, version: true, fechaLimiteSla: true, respuestaSolicitante: true } });

describe('a requester reply on a PAUSADO ticket', () => {
  const email = `pausa.${randomUUID().slice(0, 8)}@example.com`;
  let ticket: { id: string; label: string };

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // An 8-business-hour ticket filed Monday 08:00 (deadline Monday 16:00), paused Monday 10:00.
    at('2026-11-23T08:00');
    ticket = await newTicket(area, { tipo: 'INCIDENTE', prioridad: 'ALTA', email });
    await applyOperation(mesa, ticket.id, 'asignar', { asignadoA: mesa.userId ?? undefined });
    at('2026-11-23T10:00');
    await applyOperation(mesa, ticket.id, 'pausar', { motivo: 'Esperando la factura del solicitante' });
  });

  // The other tests run on the real clock: messages written one after another must not share an instant.
  afterAll(() => {
    vi.useRealTimers();
  });

  it('resumes it as the system, the deadline moved by the paused working time, the version bumped once', async () => {
    const before = await ticketRow(ticket.id);
    expect(before.fechaLimiteSla).toEqual(bog('2026-11-23T16:00'));
    // Paused for one working day (Monday 10:00 → Tuesday 10:00).
    at('2026-11-24T10:00');
    const view = await addRequesterReply({ ticketLabel: ticket.label, email, texto: 'Adjunto la factura 4411.' });
    expect(view).toMatchObject({ estado: 'ASIGNADO', reanudado: true });
    expect(view.mensajes.at(-1)).toMatchObject({ autor: 'SOLICITANTE', texto: 'Adjunto la factura 4411.', publico: true });

    const after = await ticketRow(ticket.id);
    expect(after).toMatchObject({ estado: 'ASIGNADO', version: before.version + 1, fechaLimiteSla: bog('2026-11-24T16:00') });
    const resumes = await testDb().ticketHistory.findMany({ where: { ticketId: ticket.id, operacion: 'reabrir' } });
    expect(resumes).toHaveLength(1);
    expect(resumes[0]).toMatchObject({ actorId: null, actorNombre: 'Sistema', estadoAnterior: 'PAUSADO', estadoNuevo: 'ASIGNADO' });
  });

  it('leaves it PAUSADO when the setting reanudarConRespuesta is off', async () => {
    const settings = await testDb().settings.findUnique({ where: { id: 1 }, select: { reanudarConRespuesta: true } });
    await testDb().settings.upsert({ where: { id: 1 }, create: { id: 1, reanudarConRespuesta: false }, update: { reanudarConRespuesta: false } });
    try {
      at('2026-11-24T11:00');
      await applyOperation(mesa, ticket.id, 'pausar', { motivo: 'Esperando otro documento' });
      at('2026-11-24T12:00');
      const view = await addRequesterReply({ ticketLabel: ticket.label, email, texto: 'Aquí va el documento.' });
      expect(view).toMatchObject({ estado: 'PAUSADO', reanudado: false });
      expect((await ticketRow(ticket.id)).estado).toBe('PAUSADO');
      expect(await testDb().ticketHistory.count({ where: { ticketId: ticket.id, operacion: 'reabrir' } })).toBe(1);
    } finally {
      await testDb().settings.update({ where: { id: 1 }, data: { reanudarConRespuesta: settings?.reanudarConRespuesta ?? true } });
    }
  });
});

describe('messages and threads', () => {
  const email = `hilo.${randomUUID().slice(0, 8)}@example.com`;
  let ticket: { id: string; label: string };

  beforeAll(async () => {
    ticket = await newTicket(area, { email, nombre: 'Luz Mery Ortiz', descripcion: 'La impresora del piso 3 no imprime.' });
  });

  it('writes the description as the first message, by the requester, public', async () => {
    const detail = await getTicketDetail(mesa, { id: ticket.id });
    expect(detail.mensajes).toHaveLength(1);
    expect(detail.mensajes[0]).toMatchObject({ autor: 'SOLICITANTE', autorNombre: 'Luz Mery Ortiz', texto: 'La impresora del piso 3 no imprime.', publico: true, respondeA: null, adjuntos: [] });
    expect(detail.mensajes[0]!.fecha).toBe(detail.fechaCreacion);
    const view = await findPublicTicket(ticket.label, email);
    expect(view?.descripcion).toBe('La impresora del piso 3 no imprime.');
    expect(view?.mensajes.map((m) => m.texto)).toEqual(['La impresora del piso 3 no imprime.']);
  });

  it('attaches a reply to a reply to the top message of its thread', async () => {
    const [description] = (await getTicketDetail(mesa, { id: ticket.id })).mensajes;
    const first = await applyOperation(mesa, ticket.id, 'actualizar', { nota: '¿Qué modelo es?', publica: true, respondeA: description!.id });
    const reply = first.mensajes.at(-1)!;
    expect(reply).toMatchObject({ autor: 'AGENTE', autorNombre: mesa.name, respondeA: description!.id });
    const entry = first.historial.at(-1)!;
    expect(entry).toMatchObject({ operacion: 'actualizar', texto: null, datos: { mensajeId: reply.id } });

    const view = await addRequesterReply({ ticketLabel: ticket.label, email, texto: 'Una HP LaserJet.', respondeA: reply.id });
    expect(view.mensajes.at(-1)).toMatchObject({ autor: 'SOLICITANTE', respondeA: description!.id });
    // Staff appear to the requester as the service desk.
    expect(view.mensajes.find((m) => m.id === reply.id)?.autorNombre).toBe('Mesa de ayuda');
    // The reply is a message, not a history text.
    expect(view.historial.some((h) => h.operacion === 'responder' || h.operacion === 'actualizar')).toBe(false);
  });

  it('refuses respondeA naming another ticket’s message with 400 on respondeA, and writes nothing', async () => {
    const other = await newTicket(area);
    const [foreign] = (await getTicketDetail(mesa, { id: other.id })).mensajes;
    const before = await testDb().ticketMessage.count({ where: { ticketId: ticket.id } });
    await expect(applyOperation(mesa, ticket.id, 'actualizar', { nota: 'Hola', publica: true, respondeA: foreign!.id })).rejects.toMatchObject({
      status: 400,
      fields: { respondeA: [expect.any(String)] },
    });
    await expect(addRequesterReply({ ticketLabel: ticket.label, email, texto: 'Hola', respondeA: foreign!.id })).rejects.toMatchObject({ status: 400 });
    expect(await testDb().ticketMessage.count({ where: { ticketId: ticket.id } })).toBe(before);
  });

  it('never shows an internal note in the lookup', async () => {
    await applyOperation(mesa, ticket.id, 'actualizar', { nota: 'Nota interna: revisar el contrato de soporte.', publica: false });
    const detail = await getTicketDetail(mesa, { id: ticket.id });
    expect(detail.mensajes.at(-1)).toMatchObject({ publico: false, texto: 'Nota interna: revisar el contrato de soporte.' });
    const view = await findPublicTicket(ticket.label, email);
    expect(JSON.stringify(view)).not.toContain('contrato de soporte');
    expect(view?.mensajes.every((m) => m.publico)).toBe(true);
  });

  it('keeps an internal note out of the requester’s threads', async () => {
    const note = (await applyOperation(mesa, ticket.id, 'actualizar', { nota: 'Interna para el hilo', publica: false })).mensajes.at(-1)!;
    const reply = (await applyOperation(mesa, ticket.id, 'actualizar', { nota: 'Le escribimos pronto.', publica: true, respondeA: note.id })).mensajes.at(-1)!;
    const view = await findPublicTicket(ticket.label, email);
    expect(view?.mensajes.find((m) => m.id === reply.id)?.respondeA).toBeNull();
    await expect(addRequesterReply({ ticketLabel: ticket.label, email, texto: 'Hola', respondeA: note.id })).rejects.toMatchObject({ status: 400 });
  });

  it('names an API token’s note by the token, with no user behind it', async () => {
    const token = actorOf('MESA');
    const detail = await applyOperation(token, ticket.id, 'actualizar', { nota: 'Sincronizado desde el ERP.', publica: false });
    const message = await testDb().ticketMessage.findUniqueOrThrow({ where: { id: detail.mensajes.at(-1)!.id } });
    expect(message).toMatchObject({ autor: 'AGENTE', autorNombre: token.name, actorId: null, texto: 'Sincronizado desde el ERP.' });
  });

  it('refuses files on an operation other than actualizar, naming adjuntos', async () => {
    const file = { id: randomUUID(), nombre: 'a.pdf', tipo: 'application/pdf', tamano: 10, storageKey: 'k' };
    await expect(applyOperation(mesa, ticket.id, 'pausar', { motivo: 'x' }, [file])).rejects.toMatchObject({ status: 400, fields: { adjuntos: [expect.any(String)] } });
  });

  it('records the files of a note and of the description, with their download links', async () => {
    const note = { id: randomUUID(), nombre: 'captura.png', tipo: 'image/png', tamano: 2048, storageKey: `k/${randomUUID()}` };
    const detail = await applyOperation(mesa, ticket.id, 'actualizar', { nota: 'Adjunto la captura.', publica: true }, [note]);
    expect(detail.mensajes.at(-1)?.adjuntos).toEqual([{ id: note.id, nombre: 'captura.png', tipo: 'image/png', tamano: 2048, url: `/api/adjuntos/${note.id}` }]);

    const pdf = { id: randomUUID(), nombre: 'factura.pdf', tipo: 'application/pdf', tamano: 4096, storageKey: `k/${randomUUID()}` };
    const created = await createTicket(
      { nombre: 'Ana', email: 'ana@example.com', tipo: 'INCIDENTE', categoria: 'Sistemas', descripcion: 'Con factura.', prioridad: 'MEDIA', areaAsignada: area, tieneWhatsapp: false },
      { canal: 'WEB', adjuntos: [pdf] },
    );
    const rows = await testDb().attachment.findMany({ where: { ticketId: created.ticketUuid }, select: { id: true, messageId: true, storageKey: true } });
    const [first] = (await getTicketDetail(mesa, { id: created.ticketUuid })).mensajes;
    expect(rows).toEqual([{ id: pdf.id, messageId: first!.id, storageKey: pdf.storageKey }]);
    expect(first!.adjuntos.map((a) => a.nombre)).toEqual(['factura.pdf']);
  });
});

describe('the requester-reply mark', () => {
  it('turns on after the requester writes, stays on after an internal note, and turns off after a public staff message', async () => {
    const email = `marca.${randomUUID().slice(0, 8)}@example.com`;
    const ticket = await newTicket(area, { email });
    expect((await ticketRow(ticket.id)).respuestaSolicitante).toBe(false);
    await addRequesterReply({ ticketLabel: ticket.label, email, texto: '¿Alguna novedad?' });
    expect((await ticketRow(ticket.id)).respuestaSolicitante).toBe(true);
    await applyOperation(mesa, ticket.id, 'actualizar', { nota: 'Interna', publica: false });
    expect((await ticketRow(ticket.id)).respuestaSolicitante).toBe(true);
    await applyOperation(mesa, ticket.id, 'actualizar', { nota: 'Ya lo revisamos.', publica: true });
    expect((await ticketRow(ticket.id)).respuestaSolicitante).toBe(false);
  });
});
