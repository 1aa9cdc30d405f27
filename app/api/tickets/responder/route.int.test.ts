import { beforeAll, describe, expect, it } from 'vitest';
import { postJson, ticketBody } from '@/scripts/test/requests';
import { testDb } from '@/scripts/test/db';
import { POST as crear } from '../crear/route';
import { POST as responder } from './route';

interface View {
  ticketLabel: string;
  estado: string;
  reanudado: boolean;
  mensajes: { autor: string; autorNombre: string; texto: string }[];
  error?: { code: string; message: string; fields?: Record<string, string[]>; estado?: string };
}

let label = '';
let id = '';
let email = '';

beforeAll(async () => {
  const body = ticketBody({ email: `Resp.${Date.now()}@Example.com`, nombre: 'Andrés Ruiz' });
  const created = await postJson<{ ticketLabel: string; ticketUuid: string }>(crear, body);
  label = created.body.ticketLabel;
  id = created.body.ticketUuid;
  email = body.email as string;
});

const footprint = async () => {
  const t = await testDb().ticket.findUniqueOrThrow({ where: { id }, select: { estado: true, version: true, _count: { select: { history: true, messages: true } } } });
  return { estado: t.estado, version: t.version, history: t._count.history, messages: t._count.messages };
};

describe('POST /api/tickets/responder', () => {
  it('adds the requester’s reply to the public timeline under their name, the state unchanged and the version bumped', async () => {
    const before = await footprint();
    const { status, body } = await postJson<View>(responder, { ticketLabel: ` ${label.toLowerCase()}`, email: email.toUpperCase(), texto: '  Adjunto el número de factura: 4411.  ' });
    expect(status).toBe(200);
    expect(body.estado).toBe('NUEVO');
    expect(body).toMatchObject({ reanudado: false });
    expect(body.mensajes.at(-1)).toMatchObject({ autor: 'SOLICITANTE', texto: 'Adjunto el número de factura: 4411.', autorNombre: 'Andrés Ruiz' });
    expect(await footprint()).toEqual({ estado: 'NUEVO', version: before.version + 1, history: before.history + 1, messages: before.messages + 1 });
    const entry = await testDb().ticketHistory.findFirstOrThrow({ where: { ticketId: id, operacion: 'responder' } });
    expect(entry).toMatchObject({ publica: true, actorId: null, estadoAnterior: 'NUEVO', estadoNuevo: 'NUEVO', texto: null });
    const message = await testDb().ticketMessage.findFirstOrThrow({ where: { ticketId: id, autor: 'SOLICITANTE', texto: { startsWith: 'Adjunto' } } });
    expect(entry.datos).toEqual({ mensajeId: message.id });
  });

  it('answers a wrong email exactly like an unknown label, and writes nothing', async () => {
    const before = await footprint();
    const wrongEmail = await postJson<View>(responder, { ticketLabel: label, email: 'otra@example.com', texto: 'Hola' });
    const unknown = await postJson<View>(responder, { ticketLabel: 'TK-2001-99999', email, texto: 'Hola' });
    expect(wrongEmail.status).toBe(404);
    expect(wrongEmail.body).toEqual(unknown.body);
    expect(await footprint()).toEqual(before);
  });

  it('refuses an empty or too long message naming the field, and writes nothing', async () => {
    const before = await footprint();
    const empty = await postJson<View>(responder, { ticketLabel: label, email, texto: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error?.fields?.texto?.[0]).toMatch(/mensaje es obligatorio/);
    const long = await postJson<View>(responder, { ticketLabel: label, email, texto: 'a'.repeat(4001) });
    expect(long.status).toBe(400);
    expect(long.body.error?.fields?.texto?.[0]).toMatch(/4000/);
    expect(await footprint()).toEqual(before);
  });

  it('resumes a PAUSADO ticket and says so: ASIGNADO, one reabrir by the system', async () => {
    const paused = ticketBody({ email: `pausa.${Date.now()}@example.com` });
    const made = await postJson<{ ticketLabel: string; ticketUuid: string }>(crear, paused);
    await testDb().ticket.update({ where: { id: made.body.ticketUuid }, data: { estado: 'PAUSADO' } });
    await testDb().ticketHistory.create({
      data: { ticketId: made.body.ticketUuid, operacion: 'pausar', estadoAnterior: 'ASIGNADO', estadoNuevo: 'PAUSADO', actorNombre: 'Mesa', texto: 'Esperamos su factura' },
    });
    const { status, body } = await postJson<View>(responder, { ticketLabel: made.body.ticketLabel, email: paused.email, texto: 'Aquí está la factura.' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ estado: 'ASIGNADO', reanudado: true });
    const resumes = await testDb().ticketHistory.findMany({ where: { ticketId: made.body.ticketUuid, operacion: 'reabrir' } });
    expect(resumes).toMatchObject([{ actorId: null, actorNombre: 'Sistema', estadoAnterior: 'PAUSADO', estadoNuevo: 'ASIGNADO' }]);
  });

  it('refuses a reply to a closed ticket with 409 and the state', async () => {
    await testDb().ticket.update({ where: { id }, data: { estado: 'ARCHIVADO', fechaCierre: new Date() } });
    const before = await footprint();
    const { status, body } = await postJson<View>(responder, { ticketLabel: label, email, texto: '¿Sigue abierto?' });
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: 'INVALID_TRANSITION', estado: 'ARCHIVADO' });
    expect(body.error?.message).toMatch(/nueva solicitud/);
    expect(await footprint()).toEqual(before);
  });
});
