import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { withClient } from '@/scripts/lib/pg-client.mjs';
import { type AppInstance, startAppInstance } from '@/scripts/test/app-instance';
import { describeOnPostgres } from '@/scripts/test/concurrency';
import { testDb } from '@/scripts/test/db';
import { attemptSignIn } from '@/scripts/test/http-client';
import { ticketBody } from '@/scripts/test/requests';
import { startTcpProxy, type TcpProxy } from '@/scripts/test/tcp-proxy';
import { OPERATION_BODIES, ticketFootprint, ticketInState } from '@/scripts/test/tickets';

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Reply {
  /** 0: the connection to the app failed. */
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** One request to an instance, its JSON answer read; a failed connection is status 0, never a throw. */
async function call(base: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; cookie?: string } = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.cookie) headers.cookie = init.cookie;
  try {
    const response = await fetch(`${base}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      redirect: 'manual',
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return { status: response.status, body };
  } catch (err) {
    return { status: 0, body: String(err) };
  }
}

const definitive = (status: number) => status >= 200 && status < 500;

// The PostgreSQL server ends the app's sessions from outside, as a failover or an administrator would.
describeOnPostgres("with the app's database sessions terminated at random moments", 'PGlite atiende todas las conexiones en una sola sesión y no hay sesiones de la aplicación que terminar aparte', () => {
  // The instance names its sessions, so only they are terminated: never the test's own or the shared app's.
  const applicationName = `mesa-fallas-${randomBytes(4).toString('hex')}`;
  let app: AppInstance;
  let staff: string;

  beforeAll(async () => {
    const url = new URL(process.env.MESA_TEST_DATABASE_URL!);
    url.searchParams.set('application_name', applicationName);
    app = await startAppInstance({ DATABASE_URL: url.href, DATABASE_CONNECT_TIMEOUT_MS: '2000' });
    staff = (await attemptSignIn('mesa@mesa.test', password, app.url)).cookie!;
    expect(staff).toBeTruthy();
  }, 90_000);
  afterAll(() => app?.stop());

  /** Every answer the instance gave, by status. */
  const statuses = new Map<number, number>();
  function record(reply: Reply): Reply {
    statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    return reply;
  }

  /** Sends again (the same request) until the answer is definitive: a 2xx or a 4xx. */
  async function untilDefinitive(send: () => Promise<Reply>, isDefinitive: (reply: Reply) => boolean = (r) => definitive(r.status)): Promise<Reply> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const reply = record(await send());
      if (isDefinitive(reply)) return reply;
      if (Date.now() > deadline) throw new Error(`Sin respuesta definitiva en 30 s; la última: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
      await sleep(50 + Math.random() * 150);
    }
  }

  /** A requester's creation, retried with its key and its body until it is answered. */
  async function create(): Promise<{ email: string; reply: Reply }> {
    const body = ticketBody();
    const key = randomUUID();
    const reply = await untilDefinitive(() => call(app.url, '/api/tickets/crear', { body, headers: { 'idempotency-key': key } }));
    return { email: body.email as string, reply };
  }

  async function currentVersion(id: string): Promise<number> {
    const reply = await untilDefinitive(() => call(app.url, `/api/tickets/${id}/version`, { cookie: staff }));
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body.version as number;
  }

  /**
   * Staff working a ticket: each operation names the version it was decided on; after a conflict or
   * a failure the version is read again and the operation sent again, until a definitive answer.
   */
  async function work(id: string, operations: (keyof typeof OPERATION_BODIES)[]): Promise<Reply[]> {
    const answers: Reply[] = [];
    let version = await currentVersion(id);
    for (const op of operations) {
      const reply = await untilDefinitive(
        async () => {
          const sent = await call(app.url, `/api/tickets/${id}/${op}`, { cookie: staff, body: { ...OPERATION_BODIES[op], expectedVersion: version } });
          if (!definitive(sent.status) || sent.body?.error?.code === 'VERSION_CONFLICT') version = await currentVersion(id);
          return sent;
        },
        (r) => definitive(r.status) && r.body?.error?.code !== 'VERSION_CONFLICT',
      );
      if (reply.status === 200) version = reply.body.version as number;
      answers.push(reply);
    }
    return answers;
  }

  it('every creation makes one ticket, versions match the history, labels stay gapless, and nothing answers 500', async () => {
    const worked = await Promise.all(Array.from({ length: 5 }, () => ticketInState('ASIGNADO')));
    const year = Number(worked[0]!.label.slice(3, 7));
    const lastSeq = async () => (await testDb().ticketCounter.findUniqueOrThrow({ where: { year } })).lastSeq;
    const seqBefore = await lastSeq();

    // The terminator: every 100–400 ms, every session of the instance, idle or in the middle of a transaction.
    let running = true;
    let terminated = 0;
    const terminator = withClient(process.env.MESA_TEST_DATABASE_URL!, async (client) => {
      while (running) {
        await sleep(100 + Math.random() * 300);
        const { rows } = await client.query<{ ended: boolean }>(
          `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = $1`,
          [applicationName],
        );
        terminated += rows.filter((r) => r.ended).length;
      }
    });

    const creations: { email: string; reply: Reply }[] = [];
    const creators = Array.from({ length: 4 }, async () => {
      for (let i = 0; i < 6; i++) creations.push(await create());
    });
    const cycle: (keyof typeof OPERATION_BODIES)[] = ['actualizar', 'pausar', 'reabrir', 'etiquetar', 'actualizar', 'pausar', 'reabrir'];
    let operationAnswers: Reply[][];
    try {
      [, operationAnswers] = await Promise.all([Promise.all(creators), Promise.all(worked.map((t) => work(t.id, cycle)))]);
    } finally {
      running = false;
      await terminator;
    }
    console.info(`Sesiones terminadas: ${terminated}; respuestas: ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(terminated, 'sesiones de la instancia terminadas durante la prueba').toBeGreaterThan(0);

    // The only answers a client may see: success, a conflict to read the ticket again for, or "try again later".
    for (const status of statuses.keys()) expect([200, 409, 503], `respuesta ${status}; la instancia: ${app.output.join('').slice(-3000)}`).toContain(status);

    // Every creation answered, and each key made exactly one ticket: the one its answer names.
    for (const { reply } of creations) expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const emails = creations.map((c) => c.email);
    const stored = await testDb().ticket.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, label: true } });
    expect(stored).toHaveLength(emails.length);
    expect(new Set(stored.map((t) => t.email)).size).toBe(emails.length);
    for (const { email, reply } of creations) {
      expect(stored.find((t) => t.email === email)).toMatchObject({ id: reply.body.ticketUuid, label: reply.body.ticketLabel });
    }

    // An operation ends applied, or refused as a transition its own earlier, unanswered attempt already made.
    for (const reply of operationAnswers.flat()) {
      if (reply.status !== 200) expect(reply.body.error.code, JSON.stringify(reply.body)).toBe('INVALID_TRANSITION');
    }

    // A ticket starts at version 1 with its creation's entry; each operation adds one to both.
    for (const t of [...stored, ...worked]) {
      const footprint = await ticketFootprint(t.id);
      expect(footprint.version, `${t.label}: versión e historial`).toBe(footprint.history);
    }
    // Each operation applied at least once (a repeat of one already applied is refused or adds a note), in order.
    for (const t of worked) {
      const footprint = await ticketFootprint(t.id);
      expect(footprint.history).toBeGreaterThanOrEqual(1 + cycle.length);
      expect(footprint.estado).toBe('ASIGNADO');
    }

    // The year's numbers went to these tickets and no others, one after another: no number skipped.
    const seqAfter = await lastSeq();
    expect(seqAfter - seqBefore).toBe(creations.length);
    const numbers = stored.map((t) => Number(t.label.split('-')[2])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: creations.length }, (_, i) => seqBefore + 1 + i));
    expect(app.child.exitCode, 'la instancia sigue en marcha').toBeNull();

    // It hears configuration changes again: its listening session is back.
    const listening = async () =>
      (await testDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = ${applicationName} AND query = 'LISTEN mesa_config'`)[0]!.n;
    await expect.poll(listening, { timeout: 10_000 }).toBe(1);
  }, 90_000);
});

describe('with the database out of reach for 10 s', () => {
  let proxy: TcpProxy;
  let app: AppInstance;

  beforeAll(async () => {
    const database = new URL(process.env.MESA_TEST_DATABASE_URL!);
    proxy = await startTcpProxy({ host: database.hostname, port: Number(database.port || 5432) });
    const viaProxy = new URL(database.href);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    app = await startAppInstance({ DATABASE_URL: viaProxy.href, CONFIG_LISTEN: '0', DATABASE_CONNECT_TIMEOUT_MS: '2000' });
  }, 90_000);
  afterAll(async () => {
    await app?.stop();
    await proxy?.close();
  });

  async function timed(path: string, body?: unknown): Promise<Reply & { ms: number }> {
    const started = Date.now();
    const reply = await call(app.url, path, { body });
    return { ...reply, ms: Date.now() - started };
  }

  it('answers 503 within 6 s while it lasts, and serves again afterwards without a restart', async () => {
    const pid = app.child.pid;
    const first = ticketBody();
    const before = await call(app.url, '/api/tickets/crear', { body: first });
    expect(before.status, JSON.stringify(before.body)).toBe(200);

    proxy.cut();
    const cutUntil = Date.now() + 10_000;
    const during: (Reply & { ms: number })[] = [];
    // Asked again and again while there is time for one more answer before the database is back.
    while (Date.now() < cutUntil - 6_000 || during.length < 2) {
      during.push(await timed('/api/salud'), await timed('/api/tickets/crear', ticketBody()));
    }
    for (const reply of during) {
      expect(reply.ms).toBeLessThan(6_000);
      expect(reply.status, JSON.stringify(reply.body)).toBe(503);
      expect(reply.body).toEqual({ error: { code: 'UNAVAILABLE', message: expect.stringMatching(/^El servicio no está disponible/) } });
    }
    await sleep(cutUntil - Date.now());
    proxy.restore();

    // Back within a bounded wait: a new ticket, and the requesters' lookups of it and of the one before.
    const second = ticketBody();
    const deadline = Date.now() + 15_000;
    let after: Reply;
    do {
      after = await call(app.url, '/api/tickets/crear', { body: second });
      if (after.status === 200) break;
      await sleep(250);
    } while (Date.now() < deadline);
    expect(after.status, JSON.stringify(after.body)).toBe(200);
    for (const [created, body] of [[before, first], [after, second]] as const) {
      const lookup = await call(app.url, '/api/tickets/consultar', { body: { ticketLabel: created.body.ticketLabel, email: body.email } });
      expect(lookup.status, JSON.stringify(lookup.body)).toBe(200);
      expect(lookup.body.ticketLabel).toBe(created.body.ticketLabel);
    }
    expect((await call(app.url, '/api/salud')).status).toBe(200);
    expect(app.child.pid).toBe(pid);
    expect(app.child.exitCode).toBeNull();
  }, 60_000);
});
