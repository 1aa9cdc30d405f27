import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { type AppInstance, startAppInstance } from '@/scripts/test/app-instance';
import { baseUrl, signIn } from '@/scripts/test/http-client';
import { ticketBody } from '@/scripts/test/requests';
import { adminActions, callAction } from '@/scripts/test/server-actions';

// Two instances on one database, each with the configuration in memory (docs/performance.md): the
// ADMIN acts on the one `npm test` runs, the tickets are created on another started here.
let other: AppInstance;
let admin: string;
const code = `P${randomBytes(4).toString('hex').toUpperCase()}`;
// The notification's delay; the embedded database has no listener, and a copy lives CONFIG_MAX_AGE_MS (5 s) there.
const CHANGE_SEEN_WITHIN_MS = process.env.MESA_TEST_DATABASE_EMBEDDED === '1' ? 7_000 : 2_000;

beforeAll(async () => {
  other = await startAppInstance();
  admin = (await signIn('admin@mesa.test', process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD))!;
  expect(admin).toBeTruthy();
});

afterAll(async () => {
  await other?.stop();
  // Out of every other test's lists.
  await act('updatePriorityAction', { code, newCode: code, label: `Retirada ${code}`, sortOrder: 95, active: false });
});

async function act(name: string, input: unknown) {
  const action = adminActions().find((a) => a.exportedName === name)!;
  const reply = await callAction(action, input, admin, baseUrl());
  expect(reply.status, reply.text.slice(0, 500)).toBe(200);
  expect(reply.text).toContain('"ok":true');
}

async function createOnOther(): Promise<{ status: number; slaHoras: number; fechaLimiteSla: string }> {
  const response = await fetch(`${other.url}/api/tickets/crear`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ticketBody({ prioridad: code })),
  });
  return { status: response.status, ...((await response.json()) as { slaHoras: number; fechaLimiteSla: string }) };
}

async function catalogOnOther(): Promise<{ prioridades: { codigo: string; nombre: string }[] }> {
  return (await fetch(`${other.url}/api/catalogos`)).json() as Promise<{ prioridades: { codigo: string; nombre: string }[] }>;
}

describe('an ADMIN change on one instance, seen by another', () => {
  it('the next ticket created on the other instance gets the new SLA policy at once', async () => {
    await act('createPriorityAction', { code, label: `Urgencia ${code}`, sortOrder: 95, slaHoras: 8 });
    // The other instance reads it (a new priority: its copy is dropped by the notification or the statement).
    const before = await createOnOther();
    expect(before.status).toBe(200);
    expect(before.slaHoras).toBe(8);

    await act('updateSlaPolicyAction', { policySet: 'GENERAL', tipo: 'INCIDENTE', prioridad: code, duracion: 40, reloj: 'HORAS_HABILES' });
    const after = await createOnOther();
    expect(after.status).toBe(200);
    expect(after.slaHoras).toBe(40);
    expect(Date.parse(after.fechaLimiteSla)).toBeGreaterThan(Date.parse(before.fechaLimiteSla));
  });

  it("the other instance's catalogs show a renamed priority within the notification's delay", async () => {
    await act('updatePriorityAction', { code, newCode: code, label: `Renombrada ${code}`, sortOrder: 95, active: true });
    const deadline = Date.now() + CHANGE_SEEN_WITHIN_MS;
    let nombre: string | undefined;
    do {
      nombre = (await catalogOnOther()).prioridades.find((p) => p.codigo === code)?.nombre;
      if (nombre === `Renombrada ${code}`) break;
      await new Promise((r) => setTimeout(r, 50));
    } while (Date.now() < deadline);
    expect(nombre).toBe(`Renombrada ${code}`);
  });
});
