import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTicket } from '@/lib/data/create-ticket';
import { ValidationError } from '@/lib/errors';
import { LISTENER_NAME, configCacheStatus, configSnapshot } from '@/lib/data/config-cache';
import { configCacheSwitch } from '@/scripts/test/config-cache';
import { testDb } from '@/scripts/test/db';

const embedded = process.env.MESA_TEST_DATABASE_EMBEDDED === '1';
const useCache = configCacheSwitch();

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A priority of its own, with an 8-hour GENERAL policy for INCIDENTE: other test files never touch it. */
async function newPriority(): Promise<string> {
  const code = `P${randomBytes(4).toString('hex').toUpperCase()}`;
  await testDb().priority.create({ data: { code, label: `Prioridad ${code}`, sortOrder: 90 } });
  await testDb().slaPolicy.create({ data: { policySet: 'GENERAL', tipo: 'INCIDENTE', prioridad: code, duracion: 8, reloj: 'HORAS_HABILES' } });
  return code;
}

function create(prioridad: string) {
  return createTicket(
    { nombre: 'Ana María Pérez', email: `ana.${randomBytes(4).toString('hex')}@example.com`, tipo: 'INCIDENTE', categoria: 'Tecnología', descripcion: 'El correo no sincroniza desde ayer.', prioridad, tieneWhatsapp: false },
    { canal: 'API' },
  );
}

describe('the configuration in memory', () => {
  beforeEach(() => useCache(false, 3_600_000));

  it('is read once and then served from memory', async () => {
    const first = await configSnapshot();
    expect(await configSnapshot()).toBe(first);
    expect(first.priorityByCode.get('MEDIA')?.label).toBeTruthy();
  });

  it('never creates a ticket on a stale copy: the statement sees the version moved, and the new policy applies', async () => {
    const prioridad = await newPriority();
    const eight = await create(prioridad);
    expect(eight.slaHoras).toBe(8);
    // Changed behind this process's back, with no notification heard: its copy still says 8 hours.
    await testDb().slaPolicy.updateMany({ where: { policySet: 'GENERAL', tipo: 'INCIDENTE', prioridad }, data: { duracion: 16 } });
    const copy = await configSnapshot();
    const sixteen = await create(prioridad);
    expect(sixteen.slaHoras).toBe(16);
    // The stale copy was dropped, not kept for its hour.
    expect(await configSnapshot()).not.toBe(copy);
    const stored = await testDb().ticket.findUniqueOrThrow({ where: { id: sixteen.ticketUuid }, select: { slaHoras: true, fechaLimiteSla: true } });
    expect(stored.slaHoras).toBe(16);
    expect(stored.fechaLimiteSla.toISOString()).toBe(sixteen.fechaLimiteSla);
  });

  it('checks a refusal against a fresh read when no listener confirms the copy: a priority added meanwhile is accepted', async () => {
    await configSnapshot();
    // Added behind this process's back: its copy (trusted for an hour) does not know it.
    const prioridad = await newPriority();
    const created = await create(prioridad);
    expect(created.slaHoras).toBe(8);
    await expect(create('NO-EXISTE')).rejects.toMatchObject({ fields: { prioridad: [expect.stringContaining('La prioridad debe ser una de')] } });
  });

  it('without a listener, trusts a copy for CONFIG_MAX_AGE_MS at most', async () => {
    useCache(false, 300);
    const prioridad = await newPriority();
    const first = await configSnapshot();
    await testDb().priority.update({ where: { code: prioridad }, data: { label: 'Renombrada' } });
    const seen = await eventually(configSnapshot, (s) => s.priorityByCode.get(prioridad)?.label === 'Renombrada', 5_000);
    expect(seen.priorityByCode.get(prioridad)?.label).toBe('Renombrada');
    expect(seen).not.toBe(first);
  });
});

describe.runIf(!embedded)('the listener (PostgreSQL LISTEN/NOTIFY)', () => {
  beforeEach(() => useCache(true, 3_600_000));

  const listening = () => eventually(async () => configCacheStatus().listening, (l) => l);

  it('drops the copy when another connection changes the configuration, and keeps it otherwise', async () => {
    const prioridad = await newPriority();
    await configSnapshot();
    expect(await listening()).toBe(true);
    const kept = await configSnapshot();
    expect(await configSnapshot()).toBe(kept);
    await testDb().priority.update({ where: { code: prioridad }, data: { label: 'Notificada' } });
    const seen = await eventually(configSnapshot, (s) => s.priorityByCode.get(prioridad)?.label === 'Notificada');
    expect(seen.priorityByCode.get(prioridad)?.label).toBe('Notificada');
  });

  it('checks a refusal against config_version when the notification has not arrived: an area added a moment ago is accepted', async () => {
    await configSnapshot();
    expect(await listening()).toBe(true);
    // Read once the listener is up (it drops the copy as it starts): the copy the creation will use.
    await configSnapshot();
    // The area and the version's move committed with no notification: what this process sees in the
    // moment before a notification reaches it.
    const area = `Recién creada ${randomBytes(4).toString('hex')}`;
    await testDb().$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
      await tx.$executeRaw`INSERT INTO areas (name) VALUES (${area})`;
      await tx.$executeRaw`UPDATE config_version SET version = version + 1 WHERE id = 1`;
    });
    expect((await configSnapshot()).areaByLowerName.has(area.toLocaleLowerCase('es'))).toBe(false);
    const created = await createTicket(
      { nombre: 'Ana María Pérez', email: 'ana@example.com', tipo: 'INCIDENTE', categoria: 'Tecnología', descripcion: 'El correo no sincroniza.', prioridad: 'MEDIA', areaAsignada: area, tieneWhatsapp: false },
      { canal: 'API' },
    );
    const stored = await testDb().ticket.findUniqueOrThrow({ where: { id: created.ticketUuid }, select: { areaAsignada: true } });
    expect(stored.areaAsignada).toBe(area);
    // A name that exists nowhere is still refused, after that one small read.
    await expect(
      createTicket({ nombre: 'Ana', email: 'ana@example.com', tipo: 'INCIDENTE', categoria: 'Tecnología', descripcion: 'Sin área.', prioridad: 'MEDIA', areaAsignada: 'No existe', tieneWhatsapp: false }, { canal: 'API' }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('comes back after its connection is cut, and hears the changes made after', async () => {
    const prioridad = await newPriority();
    await configSnapshot();
    expect(await listening()).toBe(true);
    await testDb().$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ${LISTENER_NAME} AND datname = current_database()`;
    expect(await eventually(async () => configCacheStatus().listening, (l) => !l)).toBe(false);
    expect(await listening()).toBe(true);
    await testDb().priority.update({ where: { code: prioridad }, data: { label: 'Tras reconectar' } });
    const seen = await eventually(configSnapshot, (s) => s.priorityByCode.get(prioridad)?.label === 'Tras reconectar');
    expect(seen.priorityByCode.get(prioridad)?.label).toBe('Tras reconectar');
  });
});
