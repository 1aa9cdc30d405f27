import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppInstance, startAppInstance } from '@/scripts/test/app-instance';
import { testDb } from '@/scripts/test/db';
import { ticketBody } from '@/scripts/test/requests';
import { parseDelivered, startBlackHole, startSmtpSink, type SmtpSink } from '@/scripts/test/smtp-sink';

// Two more instances of the built app, each with its mail worker, sending to this test's SMTP server:
// requests never wait for mail, and the instances together send each mail once (docs/email.md).
let sink: SmtpSink;
const instances: AppInstance[] = [];

async function startInstance(): Promise<void> {
  instances.push(
    await startAppInstance({
      SMTP_URL: sink.url,
      MAIL_WORKER: '1',
      MAIL_POLL_MS: '200',
      MAIL_RETRY_BASE_MS: '300',
      // The outage below lasts seconds: no mail may run out of attempts meanwhile.
      MAIL_MAX_ATTEMPTS: '40',
    }),
  );
}

async function create(instance: number, email: string): Promise<{ status: number; ms: number; label: string }> {
  const started = Date.now();
  const response = await fetch(`${instances[instance]!.url}/api/tickets/crear`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ticketBody({ email })),
  });
  const body = (await response.json()) as { ticketLabel: string };
  return { status: response.status, ms: Date.now() - started, label: body.ticketLabel };
}

const newEmail = () => `http.${randomBytes(5).toString('hex')}@example.com`;
const deliveredTo = (emails: string[]) => sink.delivered.filter((m) => emails.includes(m.envelope.to[0]!));

/** Waits until every address got its mail, then a little longer: a second copy would show by then. */
async function expectOneConfirmationEach(emails: string[], labels: string[], timeoutMs = 40_000) {
  const deadline = Date.now() + timeoutMs;
  while (new Set(deliveredTo(emails).map((m) => m.envelope.to[0])).size < emails.length) {
    if (Date.now() > deadline) {
      const logs = instances.map((i) => i.output.join('').slice(-1500)).join('\n---\n');
      throw new Error(`Llegaron ${deliveredTo(emails).length} de ${emails.length} confirmaciones. Registro de las instancias:\n${logs}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 1_500));
  const mails = await Promise.all(deliveredTo(emails).map(parseDelivered));
  expect(mails).toHaveLength(emails.length);
  expect(new Set(mails.map((m) => m.messageId)).size).toBe(emails.length);
  expect(mails.map((m) => /^\[(TK-\d{4}-\d+)\]/.exec(m.subject ?? '')?.[1]).sort()).toEqual([...labels].sort());
  for (const mail of mails) expect(mail.text).toContain(`/consultar?ticket=`);
}

beforeAll(async () => {
  // The mails earlier test files queued (thousands, the shared app sends none) are not this file's:
  // set aside, so the instances' workers start on an empty queue.
  await testDb().outboxMail.deleteMany({ where: { status: 'PENDING' } });
  sink = await startSmtpSink();
  await Promise.all([startInstance(), startInstance()]);
}, 120_000);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await sink.stop();
});

describe('mail from two app instances', () => {
  it('a creation on one instance brings one confirmation', async () => {
    const email = newEmail();
    const created = await create(0, email);
    expect(created.status).toBe(200);
    await expectOneConfirmationEach([email], [created.label]);
  });

  it('creations answer at once while the mail server hangs or is gone, and every mail goes out once it is back', async () => {
    await sink.stop();
    const hole = await startBlackHole(sink.port);
    const emails: string[] = [];
    const labels: string[] = [];
    const record = async (instance: number) => {
      const email = newEmail();
      const created = await create(instance, email);
      expect(created.status).toBe(200);
      // A synchronous send would hang on the silent server until its timeouts.
      expect(created.ms).toBeLessThan(3_000);
      emails.push(email);
      labels.push(created.label);
    };
    for (let i = 0; i < 6; i++) await record(i % 2);
    // Let the workers connect to the silent server and hang there.
    await new Promise((r) => setTimeout(r, 1_000));
    for (let i = 0; i < 2; i++) await record(i % 2);
    await hole.stop();
    // Nothing listening now: refused connections, back-off.
    for (let i = 0; i < 4; i++) await record(i % 2);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(deliveredTo(emails)).toHaveLength(0);

    await sink.start();
    await expectOneConfirmationEach(emails, labels);
  });

  it('30 creations spread over both instances bring 30 confirmations, each Message-ID once', async () => {
    const emails = Array.from({ length: 30 }, newEmail);
    const created = await Promise.all(emails.map((email, i) => create(i % 2, email)));
    expect(created.map((c) => c.status)).toEqual(emails.map(() => 200));
    await expectOneConfirmationEach(emails, created.map((c) => c.label));
  });
});
