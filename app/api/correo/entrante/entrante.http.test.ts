import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailDomainOf, outboxMessageId } from '@/lib/domain/mail-thread';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { testDb } from '@/scripts/test/db';
import { api, baseUrl, signIn, type ApiBody } from '@/scripts/test/http-client';
import { ELF_BYTES, TINY_PDF, bounceMail, newMessageId, newSender, rawMail, type MailSpec } from '@/scripts/test/mail-messages';
import { ticketInState } from '@/scripts/test/tickets';

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
// The app under test runs with the suite's environment: its own address is the default unless set.
const MAIL_FROM = process.env.MAIL_FROM || 'Mesa de Ayuda <no-responder@mesa.localhost>';
const ENDPOINT = '/api/correo/entrante';
const PIPE = path.resolve(import.meta.dirname, '../../../../scripts/mail-pipe.mjs');

let admin = '';
let token = '';
let staffToken = '';

beforeAll(async () => {
  admin = (await signIn('admin@mesa.test', password))!;
  expect(admin).toBeTruthy();
  const issue = async (role: string) => {
    const reply = await api('/api/admin/tokens', { method: 'POST', cookie: admin, body: { name: `MTA ${role} ${Date.now()}`, role } });
    expect(reply.status).toBe(201);
    return reply.body.token as string;
  };
  token = await issue('CORREO');
  staffToken = await issue('MESA');
});

async function deliver(raw: Buffer | string, headers: Record<string, string> = {}, bearer: string | null = token) {
  const response = await fetch(`${baseUrl()}${ENDPOINT}`, {
    method: 'POST',
    headers: { 'content-type': 'message/rfc822', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers },
    body: typeof raw === 'string' ? raw : new Uint8Array(raw),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as ApiBody };
}

const send = async (spec: MailSpec) => deliver(await rawMail(spec));
const lookup = async (ticketLabel: string, email: string) => {
  const reply = await api('/api/tickets/consultar', { method: 'POST', body: { ticketLabel, email } });
  expect(reply.status).toBe(200);
  return reply.body;
};
const footprint = async () => {
  const db = testDb();
  const [tickets, messages, attachments, mails] = await Promise.all([db.ticket.count(), db.ticketMessage.count(), db.attachment.count(), db.inboundMail.count()]);
  return { tickets, messages, attachments, mails };
};

describe('POST /api/correo/entrante: new tickets', () => {
  it('opens a ticket from a plain text mail, with canal EMAIL and the inbound defaults; the requester finds it', async () => {
    const from = newSender('texto');
    const reply = await send({ from: `"Carlos Ruiz" <${from}>`, subject: 'Sin acceso al correo', text: 'Desde ayer no puedo abrir el correo institucional.' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ resultado: 'ticket', ticketLabel: expect.stringMatching(/^TK-\d{4}-\d{5,}$/), duplicado: false });
    const settings = await testDb().settings.findUniqueOrThrow({ where: { id: 1 } });
    const ticket = await testDb().ticket.findUniqueOrThrow({ where: { label: reply.body.ticketLabel } });
    expect(ticket).toMatchObject({ canal: 'EMAIL', tipo: settings.inboundTipo, prioridad: settings.inboundPrioridad, areaAsignada: settings.inboundArea, nombre: 'Carlos Ruiz', email: from, asunto: 'Sin acceso al correo' });
    const view = await lookup(reply.body.ticketLabel, from);
    expect(view.descripcion).toBe('Desde ayer no puedo abrir el correo institucional.');
    expect(view.mensajes).toHaveLength(1);
  });

  it('turns an HTML-only mail into readable text', async () => {
    const from = newSender('html');
    const reply = await send({ from, subject: 'Impresora', html: '<div><p>La <b>impresora</b> del piso 3</p><p>no imprime.</p><script>alert("x")</script></div>' });
    expect(reply.status).toBe(201);
    const view = await lookup(reply.body.ticketLabel, from);
    expect(view.descripcion).toBe('La impresora del piso 3\n\nno imprime.');
  });

  it('keeps a PDF on the first message, downloadable as application/pdf, and names the executable it left out', async () => {
    const from = newSender('adjuntos');
    const before = await testDb().attachment.count();
    const reply = await send({
      from,
      subject: 'Factura',
      text: 'Adjunto la factura.',
      attachments: [
        { filename: 'factura.pdf', content: TINY_PDF, contentType: 'application/pdf' },
        { filename: 'programa.exe', content: ELF_BYTES, contentType: 'application/octet-stream' },
      ],
    });
    expect(reply.status).toBe(201);
    expect(await testDb().attachment.count()).toBe(before + 1);
    const view = await lookup(reply.body.ticketLabel, from);
    expect(view.descripcion).toBe('Adjunto la factura.\n\n[Adjunto omitido: programa.exe — tipo no admitido]');
    const [file] = view.mensajes[0].adjuntos;
    expect(file).toMatchObject({ nombre: 'factura.pdf', tipo: 'application/pdf' });
    const download = await fetch(`${baseUrl()}${file.url}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(TINY_PDF)).toBe(true);
  });
});

describe('POST /api/correo/entrante: replies', () => {
  it('adds the requester’s reply to the ticket its In-Reply-To names, quote trimmed, and resumes it from PAUSADO', async () => {
    const ticket = await ticketInState('PAUSADO');
    const email = (await testDb().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).email!;
    const reply = await send({
      from: `Ana <${email}>`,
      subject: 'Re: Ticket en espera',
      inReplyTo: outboxMessageId('5d1c2b3a-0000-4000-8000-000000000001', ticket.id, mailDomainOf(MAIL_FROM)),
      text: 'Ya envié la factura por otro medio.\n\nOn Mon, Dec 1, 2026 at 10:00 AM Mesa de Ayuda <no-responder@mesa.localhost> wrote:\n\n> Su ticket quedó en espera.\n> Necesitamos la factura.\n',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ resultado: 'respuesta', ticketLabel: ticket.label, duplicado: false });
    const view = await lookup(ticket.label, email);
    expect(view.estado).toBe('ASIGNADO');
    expect(view.mensajes.at(-1)).toMatchObject({ autor: 'SOLICITANTE', texto: 'Ya envié la factura por otro medio.' });
  });

  it('finds the ticket by the subject’s label alone', async () => {
    const ticket = await ticketInState('ASIGNADO');
    const email = (await testDb().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).email!;
    const reply = await send({ from: email, subject: `RE: [${ticket.label}] Hemos recibido su solicitud`, text: 'El número de contrato es 2026-118.' });
    expect(reply.status).toBe(200);
    expect((await lookup(ticket.label, email)).mensajes.at(-1)).toMatchObject({ autor: 'SOLICITANTE', texto: 'El número de contrato es 2026-118.' });
  });

  it('opens a new ticket for a stranger naming a ticket, and leaves that ticket as it was', async () => {
    const ticket = await ticketInState('ASIGNADO');
    const before = await testDb().ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { _count: { select: { messages: true } } } });
    const from = newSender('extrano');
    const reply = await send({ from, subject: `Re: [${ticket.label}] Hemos recibido su solicitud`, inReplyTo: outboxMessageId('5d1c2b3a-0000-4000-8000-000000000002', ticket.id, mailDomainOf(MAIL_FROM)), text: 'Yo tengo el mismo problema.' });
    expect(reply.status).toBe(201);
    expect(reply.body.ticketLabel).not.toBe(ticket.label);
    expect((await lookup(reply.body.ticketLabel, from)).descripcion).toBe('Yo tengo el mismo problema.');
    const after = await testDb().ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { _count: { select: { messages: true } } } });
    expect({ version: after.version, messages: after._count.messages, estado: after.estado }).toEqual({ version: before.version, messages: before._count.messages, estado: before.estado });
  });
});

describe('POST /api/correo/entrante: ignored and repeated mails', () => {
  it('answers 202 to an auto-reply, a bounce and a mail from our own address, writing nothing', async () => {
    const before = await footprint();
    const replies = [
      await send({ from: newSender(), subject: 'Respuesta automática: fuera de la oficina', text: 'Regreso el lunes.', headers: { 'Auto-Submitted': 'auto-replied' } }),
      await deliver(bounceMail('no-responder@mesa.localhost')),
      await send({ from: MAIL_FROM, subject: '[TK-2026-00001] Hemos recibido su solicitud', text: 'Confirmación.' }),
    ];
    for (const reply of replies) {
      expect(reply.status).toBe(202);
      expect(reply.body).toMatchObject({ resultado: 'ignorado', motivo: expect.any(String) });
    }
    expect(await footprint()).toEqual(before);
  });

  it('has one effect for a Message-ID delivered twice', async () => {
    const spec = { from: newSender('doble'), messageId: newMessageId(), subject: 'Duplicado', text: 'El servidor de correo reintentó la entrega.' };
    const first = await send(spec);
    expect(first.status).toBe(201);
    const before = await footprint();
    const second = await send(spec);
    expect(second.status).toBe(201);
    expect(second.body).toEqual({ ...first.body, duplicado: true });
    expect(await footprint()).toEqual(before);
  });
});

describe('POST /api/correo/entrante: refusals', () => {
  it('answers 401 without a valid token and 403 to a staff token, before reading the body', async () => {
    const raw = await rawMail({ from: newSender(), text: 'Hola' });
    const before = await footprint();
    for (const bearer of [null, `mda_${'A'.repeat(43)}`, 'no-es-un-token']) {
      const reply = await deliver(raw, {}, bearer);
      expect(reply.status).toBe(401);
      expect(reply.body.error?.code).toBe('UNAUTHENTICATED');
    }
    const withSession = await deliver(raw, { cookie: admin }, null);
    expect(withSession.status).toBe(401);
    const staff = await deliver(raw, {}, staffToken);
    expect(staff.status).toBe(403);
    expect(staff.body.error?.code).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
  });

  it('answers 415 to another content type, 413 past the size limit and 400 to what is not a mail', async () => {
    const before = await footprint();
    const raw = await rawMail({ from: newSender(), text: 'Hola' });
    const wrongType = await deliver(raw, { 'content-type': 'text/plain' });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.error?.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const huge = await deliver(Buffer.alloc(37 * 1024 * 1024, 0x61));
    expect(huge.status).toBe(413);
    expect(huge.body.error?.code).toBe('PAYLOAD_TOO_LARGE');

    for (const [body, field] of [['', 'mensaje'], ['esto no es un correo\r\nni tiene encabezados', 'From']] as const) {
      const malformed = await deliver(body);
      expect(malformed.status).toBe(400);
      expect(malformed.body.error).toMatchObject({ code: 'VALIDATION_ERROR', fields: { [field]: [expect.any(String)] } });
    }
    expect(await footprint()).toEqual(before);
  });
});

describe('scripts/mail-pipe.mjs against the app', () => {
  function pipe(args: string[], input: Buffer, env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [PIPE, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
      child.stdin.end(input);
    });
  }

  it('delivers a message (exit 0), with the token as an argument or in MESA_CORREO_TOKEN', async () => {
    const url = `${baseUrl()}${ENDPOINT}`;
    for (const viaEnv of [false, true]) {
      const from = newSender('pipe');
      const raw = await rawMail({ from, subject: 'Por tubería', text: 'Entregado por el MTA con mail-pipe.' });
      const result = await pipe(viaEnv ? [url] : [url, token], raw, viaEnv ? { MESA_CORREO_TOKEN: token } : {});
      expect(result.code, result.stderr).toBe(0);
      const ticket = await testDb().ticket.findFirstOrThrow({ where: { email: from } });
      expect(ticket).toMatchObject({ canal: 'EMAIL', descripcion: 'Entregado por el MTA con mail-pipe.' });
      expect(result.stderr).toContain(ticket.label);
    }
  });

  it('exits 75 for a wrong token (the MTA retries), 65 for a refused message and 64 without a token', async () => {
    const url = `${baseUrl()}${ENDPOINT}`;
    const raw = await rawMail({ from: newSender(), text: 'Hola' });
    const wrong = await pipe([url, `mda_${'B'.repeat(43)}`], raw);
    expect(wrong.code).toBe(75);
    expect(wrong.stderr).toMatch(/^mail-pipe: 401 /);
    expect((await pipe([url, token], Buffer.from('sin encabezados'))).code).toBe(65);
    expect((await pipe([url], raw)).code).toBe(64);
  });
});
