import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reloadConfig } from '@/lib/config';
import { applyOperation } from '@/lib/data/apply-operation';
import { newArea, newTicket } from '@/lib/data/queue-test-fixtures';
import { addRequesterReply } from '@/lib/data/requester-reply';
import { describeConcurrently } from '@/scripts/test/concurrency';
import { testDb } from '@/scripts/test/db';
import { mailsTo, newStaff, outboxOf } from '@/scripts/test/mail-fixtures';
import { parseDelivered, startSmtpSink, type SmtpSink } from '@/scripts/test/smtp-sink';
import { createMailTransport, type MailTransport } from './transport';
import { drainOutbox, retryDelayMs, runOnce } from './worker';

let sink: SmtpSink;
let transport: MailTransport;
const requesterEmail = () => `solicitante.${randomBytes(5).toString('hex')}@example.com`;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

beforeAll(async () => {
  sink = await startSmtpSink();
  transport = createMailTransport(sink.url);
  // Each test counts only its own rows: what earlier files left (some due hours from now, which the
  // later clocks here would claim) is removed first. The files run one after another.
  await testDb().outboxMail.deleteMany({ where: { status: { not: 'SENT' } } });
});

afterAll(async () => {
  transport.close();
  await sink.stop();
});

describe('the worker', () => {
  it('waits out an SMTP outage with back-off, then delivers each mail exactly once', async () => {
    const area = await newArea('Caida');
    await sink.stop();
    const emails = [requesterEmail(), requesterEmail(), requesterEmail()];
    // The events themselves never wait for the mail server.
    const started = Date.now();
    const tickets = [];
    for (const email of emails) tickets.push(await newTicket(area, { email }));
    expect(Date.now() - started).toBeLessThan(5_000);

    const t0 = new Date();
    const down = await runOnce({ transport, now: t0 });
    expect(down).toMatchObject({ claimed: 3, sent: 0, failed: 3 });
    for (const ticket of tickets) {
      const [row] = await outboxOf(ticket.id);
      expect(row).toMatchObject({ status: 'PENDING', attempts: 1, lockedUntil: null });
      expect(row!.nextAttemptAt.getTime()).toBe(t0.getTime() + 30_000);
      expect(row!.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
    }
    // Not due yet: nothing is claimed, even with the server back.
    await sink.start();
    expect((await runOnce({ transport, now: later(t0, 29_000) })).claimed).toBe(0);

    expect(await runOnce({ transport, now: later(t0, 30_000) })).toMatchObject({ claimed: 3, sent: 3 });
    expect((await runOnce({ transport, now: later(t0, 10 * 3_600_000) })).claimed).toBe(0);
    for (const email of emails) {
      const mails = await mailsTo(sink, email);
      expect(mails).toHaveLength(1);
    }
    for (const ticket of tickets) {
      const [row] = await outboxOf(ticket.id);
      expect(row).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    }
  });

  it('doubles the wait after each failure, up to an hour, and gives up after MAIL_MAX_ATTEMPTS', async () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, 30_000)).toBe(3_600_000);

    process.env.MAIL_MAX_ATTEMPTS = '3';
    reloadConfig();
    const dead = createMailTransport('smtp://127.0.0.1:9');
    try {
      const ticket = await newTicket(await newArea('Fallido'));
      let now = new Date();
      const waits: number[] = [];
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect((await runOnce({ transport: dead, now })).failed).toBe(1);
        const [row] = await outboxOf(ticket.id);
        waits.push(row!.nextAttemptAt.getTime() - now.getTime());
        expect(row!.attempts).toBe(attempt);
        expect(row!.status).toBe(attempt < 3 ? 'PENDING' : 'FAILED');
        now = later(now, 2 * 3_600_000);
      }
      expect(waits.slice(0, 2)).toEqual([30_000, 60_000]);
      // FAILED stays failed: the next run does not take it.
      expect((await runOnce({ transport, now: later(now, 10 * 3_600_000) })).claimed).toBe(0);
    } finally {
      dead.close();
      delete process.env.MAIL_MAX_ATTEMPTS;
      reloadConfig();
    }
  });

  it('keeps requester data out of the headers and escaped in the HTML', async () => {
    const area = await newArea('Inyeccion');
    const staff = await newStaff(area);
    const email = requesterEmail();
    const payload = '<script>alert(1)</script>\r\nBcc: victima@example.com';
    const ticket = await newTicket(area, {
      email,
      nombre: 'Ana <script>alert(1)</script>\u2028Bcc: victima@example.com',
      asunto: '"><img src=x onerror=alert(1)>\u2029Bcc: victima@example.com =?utf-8?Q?=0D=0ABcc:_victima@example.com?=',
      descripcion: payload,
    });
    await applyOperation(staff.actor, ticket.id, 'actualizar', { nota: payload, publica: true });
    await addRequesterReply({ ticketLabel: ticket.label, email, texto: payload });
    await drainOutbox({ transport });

    const delivered = sink.delivered.filter((m) => m.raw.includes(ticket.id));
    expect(delivered).toHaveLength(4); // confirmation, news to the staff, the public message, the reply to the staff
    for (const raw of delivered) {
      const mail = await parseDelivered(raw);
      expect(mail.envelope.to).toHaveLength(1);
      expect([email, staff.email]).toContain(mail.envelope.to[0]);
      expect(mail.bcc).toBeUndefined();
      expect(mail.headers.has('bcc')).toBe(false);
      const head = raw.raw.slice(0, raw.raw.indexOf('\r\n\r\n'));
      expect(head).not.toMatch(/^bcc:/im);
      expect(head.toLowerCase()).not.toContain('victima@example.com\r\n');
      expect(mail.subject).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(mail.subject!.startsWith(`[${ticket.label}] `)).toBe(true);
      const to = Array.isArray(mail.to) ? mail.to : [mail.to!];
      expect(to.flatMap((a) => a.value)).toHaveLength(1);
      expect(to[0]!.value[0]!.name).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(mail.html).not.toMatch(/<script|<img/i);
    }
    const toRequester = await mailsTo(sink, email);
    const publicMessage = toRequester.find((m) => m.subject?.includes('Nueva respuesta'))!;
    expect(publicMessage.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(publicMessage.text).toContain(payload.replace('\r\n', '\n'));
    const confirmation = toRequester.find((m) => m.subject?.includes('Recibimos'))!;
    expect(confirmation.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(confirmation.html).toContain('Hola, Ana &lt;script&gt;alert(1)&lt;/script&gt; Bcc: victima@example.com:');
  });
});

describeConcurrently('two workers on one outbox', () => {
  it('deliver every row exactly once', async () => {
    const ticket = await newTicket(await newArea('Paralelo'));
    await drainOutbox({ transport });
    const before = sink.delivered.length;
    const addresses = Array.from({ length: 60 }, (_, i) => `lote.${i}.${randomBytes(3).toString('hex')}@example.com`);
    await testDb().outboxMail.createMany({
      data: addresses.map((toAddress) => ({ ticketId: ticket.id, kind: 'public_message', toAddress, toName: 'Lote', datos: { texto: 'Mensaje en lote.' } })),
    });
    const own = [createMailTransport(sink.url), createMailTransport(sink.url)];
    const loop = async (t: MailTransport) => {
      let sent = 0;
      for (;;) {
        const round = await runOnce({ transport: t, batch: 4 });
        sent += round.sent;
        if (round.claimed === 0) return sent;
      }
    };
    const sent = await Promise.all(own.map(loop));
    own.forEach((t) => t.close());

    expect(sent[0]! + sent[1]!).toBe(60);
    // Both took part, or this proved nothing about two workers.
    expect(Math.min(...sent)).toBeGreaterThan(0);
    const batch = sink.delivered.slice(before).filter((m) => addresses.includes(m.envelope.to[0]!));
    expect(batch).toHaveLength(60);
    const ids = await Promise.all(batch.map(async (m) => (await parseDelivered(m)).messageId));
    expect(new Set(ids).size).toBe(60);
    expect(await testDb().outboxMail.count({ where: { toAddress: { in: addresses }, status: 'SENT', attempts: 1 } })).toBe(60);
  });
});
