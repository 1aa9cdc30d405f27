import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketInputSchema } from '@/lib/validation/ticket';
import { testDb } from '@/scripts/test/db';
import { deliverTo, newStaff, outboxOf, type TestStaff } from '@/scripts/test/mail-fixtures';
import { startSmtpSink, type SmtpSink } from '@/scripts/test/smtp-sink';
import { applyOperation } from './apply-operation';
import { createTicket } from './create-ticket';
import { enqueueMails } from './outbox';
import { newArea, newTicket } from './queue-test-fixtures';
import { addRequesterReply } from './requester-reply';

let sink: SmtpSink;
const requesterEmail = () => `solicitante.${randomBytes(5).toString('hex')}@example.com`;

beforeAll(async () => {
  sink = await startSmtpSink();
});

afterAll(async () => {
  await sink.stop();
});

describe('a new ticket', () => {
  let area: string;
  let staff: TestStaff;
  let quiet: TestStaff;

  beforeAll(async () => {
    area = await newArea('Correo');
    staff = await newStaff(area);
    quiet = await newStaff(area, false);
  });

  it('confirms to the requester once, with the label, the deadline and the lookup link; the area staff hear of it', async () => {
    const email = requesterEmail();
    const ticket = await newTicket(area, { email, asunto: 'Acceso a nómina' });

    const mails = await deliverTo(sink, email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe(`[${ticket.label}] Recibimos su solicitud — Acceso a nómina`);
    expect(mail!.text).toContain(ticket.label);
    expect(mail!.text).toContain(`/consultar?ticket=${ticket.label}`);
    expect(mail!.html).toContain(`/consultar?ticket=${ticket.label}`);
    expect(mail!.text).toMatch(/Fecha límite: \d+ de \w+ de 20\d\d/);
    expect(mail!.text).toContain('Si responde a este correo');

    const staffMails = await deliverTo(sink, staff.email);
    expect(staffMails.map((m) => m.subject)).toEqual([`[${ticket.label}] Nuevo ticket en ${area} — Acceso a nómina`]);
    expect(staffMails[0]!.text).toContain(`/panel/tickets/${ticket.label}`);
    expect(await deliverTo(sink, quiet.email)).toHaveLength(0);
    const rows = await outboxOf(ticket.id);
    expect(rows.map((r) => r.kind).sort()).toEqual(['new_in_area', 'ticket_created']);
    expect(rows.every((r) => r.status === 'SENT' && r.attempts === 1 && r.sentAt && r.subject)).toBe(true);
  });

  it('confirms a ticket staff opened for a requester, and does not tell the staff member who opened it', async () => {
    const email = requesterEmail();
    const created = await createTicket(
      ticketInputSchema.parse({ nombre: 'Ana Gómez', email, tipo: 'PETICION', categoria: 'Sistemas', descripcion: 'Llamó para pedir acceso.', prioridad: 'MEDIA', areaAsignada: area }),
      { canal: 'TELEFONO', actor: { id: staff.id, name: 'Agente' } },
    );
    const rows = await outboxOf(created.ticketUuid);
    expect(rows.map((r) => [r.kind, r.toAddress])).toEqual([['ticket_created', email]]);
  });

  it('answers the mail that opened the ticket: the confirmation names it first in In-Reply-To and References', async () => {
    const email = requesterEmail();
    const created = await createTicket(
      ticketInputSchema.parse({ nombre: 'Ana Gómez', email, tipo: 'PETICION', categoria: 'Correo', descripcion: 'Escribí por correo electrónico.', prioridad: 'MEDIA', areaAsignada: area }),
      { canal: 'EMAIL', inReplyTo: '<original-123@cliente.example>' },
    );
    const [mail] = await deliverTo(sink, email);
    expect(mail!.inReplyTo).toBe('<original-123@cliente.example>');
    expect(mail!.references).toEqual(['<original-123@cliente.example>', `<ticket-${created.ticketUuid}@mesa.localhost>`]);
    expect(mail!.messageId).toMatch(new RegExp(`^<mail-[0-9a-f-]{36}\\.ticket-${created.ticketUuid}@mesa\\.localhost>$`));
    expect(mail!.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('writes nothing when the area limit refuses the creation', async () => {
    const full = await newArea('Llena');
    await testDb().area.update({ where: { name: full }, data: { maxTickets: 1 } });
    await newStaff(full);
    await newTicket(full);
    const before = await testDb().outboxMail.count();
    const email = requesterEmail();
    await expect(newTicket(full, { email })).rejects.toMatchObject({ status: 409 });
    expect(await testDb().outboxMail.count()).toBe(before);
    expect(await testDb().outboxMail.count({ where: { toAddress: email } })).toBe(0);
  });
});

describe('operations', () => {
  let area: string;
  let other: string;
  let staff: TestStaff;
  let colleague: TestStaff;
  let quiet: TestStaff;
  let otherStaff: TestStaff;

  beforeAll(async () => {
    area = await newArea('Operaciones');
    other = await newArea('Destino');
    staff = await newStaff(area);
    colleague = await newStaff(area);
    quiet = await newStaff(area, false);
    otherStaff = await newStaff(other);
  });

  const mesa = () => ({ userId: staff.id, tokenId: null, name: 'Mesa de prueba', role: 'MESA' as const, areas: [area] });
  const kindsOf = async (ticketId: string, since: Date) =>
    (await outboxOf(ticketId)).filter((r) => r.createdAt > since).map((r) => `${r.kind}→${r.toAddress}`).sort();

  it('a public message reaches the requester once; an internal note reaches nobody', async () => {
    const email = requesterEmail();
    const ticket = await newTicket(area, { email });
    await deliverTo(sink, email);
    const start = new Date();

    await applyOperation(staff.actor, ticket.id, 'actualizar', { nota: 'Nota interna: revisar el servidor.', publica: false });
    expect(await kindsOf(ticket.id, start)).toEqual([]);

    await applyOperation(staff.actor, ticket.id, 'actualizar', { nota: 'Ya restablecimos su acceso.\nIntente de nuevo.', publica: true });
    expect(await kindsOf(ticket.id, start)).toEqual([`public_message→${email}`]);
    const mails = await deliverTo(sink, email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toBe(`[${ticket.label}] Nueva respuesta de la mesa de ayuda`);
    expect(mails[1]!.text).toContain('Ya restablecimos su acceso.\nIntente de nuevo.');
    expect(mails[1]!.text).not.toContain('Nota interna');
    expect(mails[1]!.html).toContain('white-space:pre-wrap');
  });

  it('assigning to a user mails that user once (not again as area staff); to another area, its staff', async () => {
    const ticket = await newTicket(area);
    const start = new Date();
    await applyOperation(mesa(), ticket.id, 'asignar', { asignadoA: colleague.id });
    expect(await kindsOf(ticket.id, start)).toEqual([`assigned_to_you→${colleague.email}`]);
    const mails = await deliverTo(sink, colleague.email);
    expect(mails.filter((m) => m.subject?.startsWith(`[${ticket.label}]`)).map((m) => m.subject)).toEqual([
      `[${ticket.label}] Nuevo ticket en ${area}`,
      `[${ticket.label}] Se le asignó un ticket`,
    ]);

    const moved = await newTicket(area);
    const start2 = new Date();
    await applyOperation(mesa(), moved.id, 'asignar', { area: other });
    expect(await kindsOf(moved.id, start2)).toEqual([`transferred_to_area→${otherStaff.email}`]);
  });

  it('the actor never mails themself, and a user with notifications off gets nothing', async () => {
    // Assigning themself, and moving a ticket into their own area: they are the only one to tell.
    const ticket = await newTicket(area);
    const moved = await newTicket(area);
    const start = new Date();
    await applyOperation(mesa(), ticket.id, 'asignar', { asignadoA: staff.id });
    await applyOperation({ ...mesa(), userId: otherStaff.id }, moved.id, 'asignar', { area: other });
    expect(await kindsOf(ticket.id, start)).toEqual([]);
    expect(await kindsOf(moved.id, start)).toEqual([]);

    const quietTicket = await newTicket(area);
    const start2 = new Date();
    await applyOperation(mesa(), quietTicket.id, 'asignar', { asignadoA: quiet.id });
    expect(await kindsOf(quietTicket.id, start2)).toEqual([]);
  });

  it('pausar, reabrir, prorrogar, cancelar and archivar tell the requester, with the public text', async () => {
    const email = requesterEmail();
    const ticket = await newTicket(area, { email });
    const start = new Date();
    await applyOperation(mesa(), ticket.id, 'asignar', { asignadoA: colleague.id });
    await applyOperation(mesa(), ticket.id, 'pausar', { motivo: 'Esperamos su documento.' });
    await applyOperation(mesa(), ticket.id, 'reabrir', { nota: 'Llegó el documento.' });
    await applyOperation(mesa(), ticket.id, 'prorrogar', { motivo: 'Requiere revisión jurídica.' });
    await applyOperation(mesa(), ticket.id, 'archivar', { resolucion: 'Se entregó el certificado.' });
    const cancelled = await newTicket(area, { email });
    await applyOperation(mesa(), cancelled.id, 'cancelar', { motivo: 'Duplicado.' });

    const requesterKinds = (await testDb().outboxMail.findMany({ where: { toAddress: email, createdAt: { gt: start } }, orderBy: { createdAt: 'asc' } })).map((r) => r.kind);
    expect(requesterKinds).toEqual(['paused', 'resumed', 'extended', 'resolved', 'ticket_created', 'cancelled']);
    const mails = await deliverTo(sink, email);
    const texts = mails.map((m) => m.text ?? '');
    for (const text of ['Esperamos su documento.', 'Llegó el documento.', 'Requiere revisión jurídica.', 'Se entregó el certificado.', 'Duplicado.']) {
      expect(texts.filter((t) => t.includes(text))).toHaveLength(1);
    }
  });

  it('a refused operation leaves no outbox row', async () => {
    const ticket = await newTicket(area);
    await applyOperation(mesa(), ticket.id, 'prorrogar', { motivo: 'Primera prórroga.' });
    const before = await outboxOf(ticket.id);
    await expect(applyOperation(mesa(), ticket.id, 'prorrogar', { motivo: 'Segunda prórroga.' })).rejects.toMatchObject({ status: 409 });
    await expect(applyOperation(mesa(), ticket.id, 'actualizar', { nota: 'Versión vieja.', publica: true, expectedVersion: 1 })).rejects.toMatchObject({ status: 409 });
    expect(await outboxOf(ticket.id)).toEqual(before);

    // Enqueued, then the transaction fails: the rows go with it.
    await expect(
      testDb().$transaction(async (tx) => {
        await enqueueMails(tx, ticket.id, { mails: [{ kind: 'public_message', to: { requester: true }, datos: { texto: 'no' } }], actorId: null, now: new Date() });
        expect(await tx.outboxMail.count({ where: { ticketId: ticket.id } })).toBe(before.length + 1);
        throw new Error('falla después de encolar');
      }),
    ).rejects.toThrow('falla después de encolar');
    expect(await outboxOf(ticket.id)).toEqual(before);
  });

  it("a requester's reply reaches the ticket's staff (the assignee when there is one), and the automatic resume tells the requester nothing", async () => {
    const email = requesterEmail();
    const ticket = await newTicket(area, { email });
    const start = new Date();
    await addRequesterReply({ ticketLabel: ticket.label, email, texto: 'Sigo sin acceso.' });
    expect(await kindsOf(ticket.id, start)).toEqual([`requester_reply→${colleague.email}`, `requester_reply→${staff.email}`].sort());

    await applyOperation(mesa(), ticket.id, 'asignar', { asignadoA: colleague.id });
    await applyOperation(mesa(), ticket.id, 'pausar', { motivo: 'Esperamos su respuesta.' });
    const start2 = new Date();
    const replied = await addRequesterReply({ ticketLabel: ticket.label, email, texto: 'Aquí está la captura.' });
    expect(replied.reanudado).toBe(true);
    expect(await kindsOf(ticket.id, start2)).toEqual([`requester_reply→${colleague.email}`]);
  });
});
