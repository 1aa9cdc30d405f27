import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { type AppInstance, startAppInstance } from '@/scripts/test/app-instance';
import { describeOnPostgres } from '@/scripts/test/concurrency';
import { testDb } from '@/scripts/test/db';
import { attemptSignIn } from '@/scripts/test/http-client';
import { ticketBody } from '@/scripts/test/requests';
import { parseDelivered, startSmtpSink, type SmtpSink } from '@/scripts/test/smtp-sink';
import { OPERATION_BODIES } from '@/scripts/test/tickets';

// Three more instances of the built app on the test's PostgreSQL and one Redis, each with its mail
// worker, as behind a load balancer (docs/deploy.md); requests go to all of them at once.
const INSTANCES = 3;
const LOOKUPS_PER_MINUTE = 4;
const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
const redisUrl = process.env.MESA_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let sink: SmtpSink;
let instances: AppInstance[] = [];
const at = (i: number) => instances[i % INSTANCES]!;

async function call(instance: AppInstance, path: string, init: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${instance.url}${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...(init.cookie ? { cookie: init.cookie } : {}), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    redirect: 'manual',
  });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (text ? JSON.parse(text) : null) as any };
}

const newEmail = () => `instancias.${randomBytes(5).toString('hex')}@example.com`;
const labelNumber = (label: string) => Number(/^TK-\d{4}-(\d+)$/.exec(label)![1]);

describeOnPostgres('three instances on one PostgreSQL and one Redis', 'PGlite es una sola sesión y varias instancias necesitan un servidor', () => {
  beforeAll(async () => {
    // The mails earlier test files queued (the shared app sends none) are not this file's.
    await testDb().outboxMail.deleteMany({ where: { status: 'PENDING' } });
    sink = await startSmtpSink();
    instances = await Promise.all(
      Array.from({ length: INSTANCES }, () =>
        startAppInstance({
          REDIS_URL: redisUrl,
          TRUST_PROXY: '1',
          RATE_LIMIT_LOOKUP_PER_MINUTE: String(LOOKUPS_PER_MINUTE),
          SMTP_URL: sink.url,
          MAIL_WORKER: '1',
          MAIL_POLL_MS: '200',
        }),
      ),
    );
  }, 180_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await sink?.stop();
  });

  const created: { label: string; email: string; id: string }[] = [];

  it('creations through all of them at once get distinct labels, with no gap in the year\'s sequence', async () => {
    const replies = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const email = newEmail();
        const reply = await call(at(i), '/api/tickets/crear', { body: ticketBody({ email }) });
        return { ...reply, email };
      }),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(30).fill(200));
    for (const r of replies) created.push({ label: r.body.ticketLabel, email: r.email, id: r.body.ticketUuid });
    expect(new Set(created.map((t) => t.label)).size).toBe(30);

    // Every label of the year up to the newest, written by any instance or test, exists once.
    const prefix = created[0]!.label.slice(0, 'TK-2026-'.length);
    const rows = await testDb().ticket.findMany({ where: { label: { startsWith: prefix } }, select: { label: true } });
    const numbers = rows.map((r) => labelNumber(r.label)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
  });

  it('a session opened on one instance is valid on every instance', async () => {
    for (let i = 0; i < INSTANCES; i++) {
      const attempt = await attemptSignIn('mesa@mesa.test', password, at(i).url);
      expect(attempt.cookie, `inicio de sesión en la instancia ${i + 1}`).toBeTruthy();
      for (let j = 0; j < INSTANCES; j++) {
        expect((await call(at(j), '/api/tickets', { cookie: attempt.cookie! })).status, `sesión de la instancia ${i + 1} en la ${j + 1}`).toBe(200);
      }
    }
  });

  it('one version, three instances, the same operation at once: one wins, the others get VERSION_CONFLICT, one history entry', async () => {
    const cookie = (await attemptSignIn('mesa@mesa.test', password, at(0).url)).cookie!;
    const ticket = created[0]!;
    const before = await call(at(1), `/api/tickets/${ticket.id}`, { cookie });
    const replies = await Promise.all(
      instances.map((instance) => call(instance, `/api/tickets/${ticket.id}/asignar`, { cookie, body: { ...OPERATION_BODIES.asignar, expectedVersion: before.body.version } })),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    for (const r of replies.filter((r) => r.status === 409)) expect(r.body.error.code).toBe('VERSION_CONFLICT');

    // Then one operation after another, each through the next instance, each on the version the last one left.
    let version = before.body.version + 1;
    for (const [i, op] of (['etiquetar', 'actualizar', 'pausar', 'reabrir'] as const).entries()) {
      const reply = await call(at(i + 1), `/api/tickets/${ticket.id}/${op}`, { cookie, body: { ...OPERATION_BODIES[op], expectedVersion: version } });
      expect(reply.status, `${op}: ${JSON.stringify(reply.body)}`).toBe(200);
      version++;
    }
    const after = await call(at(2), `/api/tickets/${ticket.id}`, { cookie });
    expect(after.body.version).toBe(version);
    const history = await testDb().ticketHistory.findMany({ where: { ticketId: ticket.id }, orderBy: { fecha: 'asc' }, select: { operacion: true } });
    expect(history.map((h) => h.operacion)).toEqual(['crear', 'asignar', 'etiquetar', 'actualizar', 'pausar', 'reabrir']);
  });

  it('the lookup limit is one count in Redis, whichever instance answers', async () => {
    // The first request of each instance opens its Redis connection; until then it counts in memory.
    for (const instance of instances) await call(instance, '/api/tickets/consultar', { body: { ticketLabel: 'TK-2001-00001', email: 'nadie@example.com' }, headers: { 'x-forwarded-for': `calentamiento-${randomBytes(6).toString('hex')}` } });
    await new Promise((r) => setTimeout(r, 1_000));
    const address = `instancias-${randomBytes(6).toString('hex')}`;
    const statuses: number[] = [];
    for (let i = 0; i < LOOKUPS_PER_MINUTE + INSTANCES; i++) {
      const reply = await call(at(i), '/api/tickets/consultar', { body: { ticketLabel: created[1]!.label, email: created[1]!.email }, headers: { 'x-forwarded-for': address } });
      statuses.push(reply.status);
    }
    expect(statuses).toEqual([...Array(LOOKUPS_PER_MINUTE).fill(200), ...Array(INSTANCES).fill(429)]);
  });

  it('each mail is sent once: the creations\' confirmations and a public reply, with three workers polling', async () => {
    const cookie = (await attemptSignIn('mesa@mesa.test', password, at(1).url)).cookie!;
    const ticket = created[2]!;
    const detail = await call(at(2), `/api/tickets/${ticket.id}`, { cookie });
    const reply = await call(at(1), `/api/tickets/${ticket.id}/actualizar`, { cookie, body: { nota: 'Ya revisamos su equipo.', publica: true, expectedVersion: detail.body.version } });
    expect(reply.status).toBe(200);

    // Every mail queued to these requesters (confirmations, the reply, the other operations' notices)…
    const emails = created.map((t) => t.email);
    const queued = () => testDb().outboxMail.findMany({ where: { toAddress: { in: emails } }, select: { status: true, kind: true, toAddress: true } });
    await expect.poll(async () => (await queued()).every((m) => m.status === 'SENT'), { timeout: 60_000, interval: 200 }).toBe(true);
    const rows = await queued();
    expect(rows.filter((m) => m.kind === 'public_message' && m.toAddress === ticket.email)).toHaveLength(1);
    // …arrived once: a second copy from another worker would show by now.
    await new Promise((r) => setTimeout(r, 2_000));
    const mails = await Promise.all(sink.delivered.filter((m) => emails.includes(m.envelope.to[0]!)).map(parseDelivered));
    expect(mails).toHaveLength(rows.length);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(rows.length);
    for (const email of emails) expect(rows.filter((m) => m.kind === 'ticket_created' && m.toAddress === email), email).toHaveLength(1);
    expect(mails.filter((m) => m.envelope.to[0] === ticket.email && m.text?.includes('Ya revisamos su equipo.'))).toHaveLength(1);
  });
});
