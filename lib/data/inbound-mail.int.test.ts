import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { outboxMessageId } from '@/lib/domain/mail-thread';
import { RateLimitedError, UnavailableError, ValidationError } from '@/lib/errors';
import { parseInboundMail } from '@/lib/mail/parse-inbound';
import { describeConcurrently } from '@/scripts/test/concurrency';
import { testDb } from '@/scripts/test/db';
import { ELF_BYTES, TINY_PDF, bounceMail, newMessageId, newSender, rawMail, type MailSpec } from '@/scripts/test/mail-messages';
import { applyOperation } from './apply-operation';
import { receiveMail } from './inbound-mail';
import { findPublicTicket } from './lookup-ticket';
import { newArea, newTicket, staffActor } from './queue-test-fixtures';

let area: string;

beforeAll(async () => {
  area = await newArea('Correo');
  await testDb().settings.upsert({ where: { id: 1 }, create: { id: 1, inboundTipo: 'QUEJA', inboundPrioridad: 'ALTA', inboundArea: area }, update: { inboundTipo: 'QUEJA', inboundPrioridad: 'ALTA', inboundArea: area } });
});

afterAll(async () => {
  await testDb().settings.update({ where: { id: 1 }, data: { inboundTipo: 'PETICION', inboundPrioridad: 'MEDIA', inboundArea: 'MESA' } });
});

const receive = async (spec: MailSpec, options?: Parameters<typeof receiveMail>[1]) => receiveMail(await parseInboundMail(await rawMail(spec)), options);
const ticketByLabel = (label: string) => testDb().ticket.findUniqueOrThrow({ where: { label }, include: { messages: { orderBy: { fecha: 'asc' }, include: { attachments: true } } } });
const footprint = async () => ({ tickets: await testDb().ticket.count(), messages: await testDb().ticketMessage.count(), mails: await testDb().inboundMail.count() });

describe('parseInboundMail', () => {
  it('reads the sender, the thread headers, the text and the files', async () => {
    const mail = await parseInboundMail(
      await rawMail({ from: '"Ana Pérez" <ana@example.co>', subject: 'Sin acceso', text: 'Hola', messageId: '<m1@x.co>', inReplyTo: '<a@x.co>', references: ['<r1@x.co>', '<a@x.co>'], headers: { Precedence: 'bulk' }, attachments: [{ filename: 'f.pdf', content: TINY_PDF }] }),
    );
    expect(mail).toMatchObject({ from: { address: 'ana@example.co', name: 'Ana Pérez' }, subject: 'Sin acceso', messageId: '<m1@x.co>', inReplyTo: ['<a@x.co>'], references: ['<r1@x.co>', '<a@x.co>'], text: 'Hola', headers: { precedence: 'bulk' } });
    expect(mail.attachments).toHaveLength(1);
    expect(Buffer.from(mail.attachments[0]!.content).equals(TINY_PDF)).toBe(true);
  });

  it('turns an HTML-only mail into text without tags', async () => {
    const mail = await parseInboundMail(await rawMail({ from: 'ana@example.co', html: '<p>La <b>impresora</b> del piso 3 no imprime.</p><script>alert(1)</script>' }));
    expect(mail.text).toBe('La impresora del piso 3 no imprime.');
  });

  it('names a mail without Message-ID by its bytes, the same for the same bytes', async () => {
    const raw = Buffer.from('From: ana@example.co\r\nSubject: x\r\n\r\nHola\r\n');
    const first = await parseInboundMail(raw);
    expect(first.messageId).toMatch(/^<sha256\.[0-9a-f]{64}@sin-message-id\.invalid>$/);
    expect((await parseInboundMail(Buffer.from(raw))).messageId).toBe(first.messageId);
  });

  it('refuses what is not a mail with 400 naming the part', async () => {
    await expect(parseInboundMail(new Uint8Array())).rejects.toMatchObject({ status: 400, fields: { mensaje: [expect.any(String)] } });
    const err = await parseInboundMail(Buffer.from('esto no es un correo')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fields).toHaveProperty('From');
  });
});

describe('receiveMail: new tickets', () => {
  it('opens a ticket with canal EMAIL and the inbound defaults, the text as description, the mail recorded', async () => {
    const from = newSender();
    const outcome = await receive({ from: `"María Gómez" <${from}>`, subject: 'No funciona la VPN', text: 'Desde esta mañana la VPN no conecta.\n\n-- \nMaría' });
    expect(outcome).toMatchObject({ resultado: 'ticket', duplicado: false });
    const label = (outcome as { ticketLabel: string }).ticketLabel;
    const ticket = await ticketByLabel(label);
    expect(ticket).toMatchObject({ canal: 'EMAIL', tipo: 'QUEJA', prioridad: 'ALTA', areaAsignada: area, categoria: 'Correo electrónico', nombre: 'María Gómez', email: from, asunto: 'No funciona la VPN', descripcion: 'Desde esta mañana la VPN no conecta.', estado: 'NUEVO' });
    expect(ticket.messages).toHaveLength(1);
    const row = await testDb().inboundMail.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(row.resultado).toBe('ticket');
  });

  it('keeps an accepted file on the first message and names the refused ones in its text', async () => {
    const files = [
      { filename: 'factura.pdf', content: TINY_PDF },
      { filename: 'programa.exe', content: ELF_BYTES },
      ...['2', '3', '4', '5', '6'].map((n) => ({ filename: `nota${n}.txt`, content: Buffer.from(`Nota ${n}`) })),
    ];
    const outcome = await receive({ from: newSender(), subject: 'Facturas', text: 'Envío los soportes.', attachments: files });
    const ticket = await ticketByLabel((outcome as { ticketLabel: string }).ticketLabel);
    const adjuntos = ticket.messages[0]!.attachments;
    expect(adjuntos.map((a) => [a.nombre, a.tipo])).toEqual([
      ['factura.pdf', 'application/pdf'],
      ['nota2.txt', 'text/plain; charset=utf-8'],
      ['nota3.txt', 'text/plain; charset=utf-8'],
      ['nota4.txt', 'text/plain; charset=utf-8'],
      ['nota5.txt', 'text/plain; charset=utf-8'],
    ]);
    expect(ticket.descripcion).toBe('Envío los soportes.\n\n[Adjunto omitido: programa.exe — tipo no admitido]\n[Adjunto omitido: nota6.txt — Puede adjuntar como máximo 5 archivos por mensaje (se enviaron 6)]');
  });

  it('uses the subject when the body is empty and cuts a body over 4000 characters with a marker', async () => {
    const empty = await receive({ from: newSender(), subject: 'Solicito certificado laboral', text: '' });
    expect((await ticketByLabel((empty as { ticketLabel: string }).ticketLabel)).descripcion).toBe('Solicito certificado laboral');
    const long = await receive({ from: newSender(), subject: 'Largo', text: 'palabra '.repeat(800) });
    const descripcion = (await ticketByLabel((long as { ticketLabel: string }).ticketLabel)).descripcion;
    expect([...descripcion].length).toBeLessThanOrEqual(4000);
    expect(descripcion).toMatch(/palabra\n\n\[… texto recortado: el correo superaba el máximo de caracteres\]$/);
  });
});

describe('receiveMail: replies', () => {
  it('adds the requester’s reply, quote trimmed, to the ticket its In-Reply-To names, and resumes a paused ticket', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const email = newSender('pausa');
      vi.setSystemTime(new Date('2026-11-23T13:00:00Z'));
      const ticket = await newTicket(area, { email });
      const mesa = await staffActor('mesa@mesa.test');
      await applyOperation(mesa, ticket.id, 'asignar', { asignadoA: mesa.userId ?? undefined });
      await applyOperation(mesa, ticket.id, 'pausar', { motivo: 'Necesitamos la factura' });
      vi.setSystemTime(new Date('2026-11-24T15:00:00Z'));
      const outcome = await receive({
        from: `Ana <${email.toUpperCase()}>`,
        subject: 'Re: Ticket en espera',
        inReplyTo: outboxMessageId('0b6f3a9e-1111-4222-8333-944455556666', ticket.id, 'mesa.localhost'),
        text: 'Adjunto la factura 4411.\n\nEl lun, 23 nov 2026 a las 10:00, Mesa de Ayuda <no-responder@mesa.localhost> escribió:\n> Necesitamos la factura\n',
        attachments: [{ filename: 'factura.pdf', content: TINY_PDF }],
      });
      expect(outcome).toEqual({ resultado: 'respuesta', ticketLabel: ticket.label, duplicado: false });
      const view = await findPublicTicket(ticket.label, email);
      expect(view?.estado).toBe('ASIGNADO');
      expect(view?.mensajes.at(-1)).toMatchObject({ autor: 'SOLICITANTE', texto: 'Adjunto la factura 4411.', adjuntos: [{ nombre: 'factura.pdf', tipo: 'application/pdf' }] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('finds the ticket by the subject’s label alone', async () => {
    const email = newSender();
    const ticket = await newTicket(area, { email });
    const outcome = await receive({ from: email, subject: `RE: [${ticket.label}] Hemos recibido su solicitud`, text: 'Otro dato: el error es 504.' });
    expect(outcome).toMatchObject({ resultado: 'respuesta', ticketLabel: ticket.label });
    expect((await ticketByLabel(ticket.label)).messages.at(-1)).toMatchObject({ autor: 'SOLICITANTE', texto: 'Otro dato: el error es 504.' });
  });

  it('opens a new ticket for a stranger naming the ticket, leaving it untouched', async () => {
    const ticket = await newTicket(area);
    const before = await ticketByLabel(ticket.label);
    const outcome = await receive({ from: newSender('extrano'), subject: `[${ticket.label}] yo también`, text: 'Me pasa lo mismo que a mi compañera.' });
    expect(outcome.resultado).toBe('ticket');
    expect((outcome as { ticketLabel: string }).ticketLabel).not.toBe(ticket.label);
    const after = await ticketByLabel(ticket.label);
    expect(after.version).toBe(before.version);
    expect(after.messages).toHaveLength(before.messages.length);
  });

  it('opens a follow-up ticket when the requester writes on a closed ticket', async () => {
    const email = newSender();
    const ticket = await newTicket(area, { email });
    await testDb().ticket.update({ where: { id: ticket.id }, data: { estado: 'CANCELADO', fechaCierre: new Date() } });
    const outcome = await receive({ from: email, subject: `Re: [${ticket.label}] cancelado`, text: 'Todavía necesito el certificado.' });
    expect(outcome.resultado).toBe('ticket');
    const followUp = await ticketByLabel((outcome as { ticketLabel: string }).ticketLabel);
    expect(followUp.descripcion).toBe(`Este correo responde al ticket ${ticket.label}, que ya está cancelado; se radica como una solicitud nueva.\n\nTodavía necesito el certificado.`);
  });
});

describe('receiveMail: ignored and repeated mails', () => {
  it('writes nothing for an auto-reply, a bounce, our own address or a bulk mail', async () => {
    const before = await footprint();
    const outcomes = [
      await receive({ from: newSender(), subject: 'Fuera de la oficina', text: 'Regreso el lunes.', headers: { 'Auto-Submitted': 'auto-replied' } }),
      await receiveMail(await parseInboundMail(bounceMail('no-responder@mesa.localhost'))),
      await receive({ from: 'Mesa de Ayuda <no-responder@mesa.localhost>', subject: '[TK-2026-00001] Confirmación', text: 'Hemos recibido su solicitud.' }),
      await receive({ from: newSender(), subject: 'Boletín', text: 'Ofertas de la semana', headers: { Precedence: 'bulk' } }),
    ];
    expect(outcomes.map((o) => o.resultado)).toEqual(['ignorado', 'ignorado', 'ignorado', 'ignorado']);
    expect(outcomes.map((o) => (o as { motivo: string }).motivo)).toEqual([expect.stringMatching(/Auto-Submitted/), expect.stringMatching(/multipart\/report/), expect.stringMatching(/propia mesa/), expect.stringMatching(/Precedence/)]);
    expect(await footprint()).toEqual(before);
  });

  it('gives a repeated Message-ID the first outcome and writes nothing more', async () => {
    const spec = { from: newSender(), messageId: newMessageId(), subject: 'Dos veces', text: 'El MTA me entregó dos veces.' };
    const first = await receive(spec);
    const before = await footprint();
    const again = await receive(spec);
    expect(again).toEqual({ ...first, duplicado: true });
    expect(await footprint()).toEqual(before);
  });

  it('writes nothing when the sender’s limit refuses, and a later delivery still works', async () => {
    const spec = { from: newSender(), messageId: newMessageId(), subject: 'Limitado', text: 'Un correo de más.' };
    const before = await footprint();
    const refuse = async () => {
      throw new RateLimitedError('Demasiadas solicitudes.', 60);
    };
    await expect(receive(spec, { beforeEffect: refuse })).rejects.toBeInstanceOf(RateLimitedError);
    expect(await footprint()).toEqual(before);
    expect((await receive(spec)).resultado).toBe('ticket');
  });

  it('leaves no mark when the delivery fails, so the retry opens the ticket', async () => {
    const spec = { from: newSender(), messageId: newMessageId(), subject: 'Falla', text: 'El área no existe por un momento.' };
    await testDb().settings.update({ where: { id: 1 }, data: { inboundArea: 'Área que no existe' } });
    try {
      await expect(receive(spec)).rejects.toMatchObject({ status: 400, fields: { areaAsignada: [expect.any(String)] } });
    } finally {
      await testDb().settings.update({ where: { id: 1 }, data: { inboundArea: area } });
    }
    expect(await testDb().inboundMail.count({ where: { messageId: spec.messageId } })).toBe(0);
    expect((await receive(spec)).resultado).toBe('ticket');
  });
});

describeConcurrently('receiveMail: one mail delivered at once by several instances', () => {
  it('has one effect; the others get the outcome or a 503 to retry', async () => {
    const spec = { from: newSender(), messageId: newMessageId(), subject: 'Carrera', text: 'Entregado por dos MX a la vez.' };
    const raw = await rawMail(spec);
    const results = await Promise.allSettled(Array.from({ length: 4 }, async () => receiveMail(await parseInboundMail(raw))));
    expect(await testDb().ticket.count({ where: { email: spec.from } })).toBe(1);
    const label = (await testDb().ticket.findFirstOrThrow({ where: { email: spec.from } })).label;
    for (const r of results) {
      if (r.status === 'fulfilled') expect(r.value).toMatchObject({ resultado: 'ticket', ticketLabel: label });
      else expect(r.reason).toBeInstanceOf(UnavailableError);
    }
    expect(results.filter((r) => r.status === 'fulfilled' && !(r.value as { duplicado: boolean }).duplicado)).toHaveLength(1);
  });
});
