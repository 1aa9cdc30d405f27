import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { api, signIn } from '@/scripts/test/http-client';
import { OPERATION_BODIES, ticketFootprint, ticketInState } from '@/scripts/test/tickets';
import {
  EXPECTED_OPERATIONS,
  EXPECTED_ROLES,
  EXPECTED_STATES,
  expectedNextState,
  expectedOperationsFor,
  expectedStatus,
  type ExpectedRole,
} from '@/scripts/test/transition-oracle';

const USERS = { ADMIN: 'admin@mesa.test', MESA: 'mesa@mesa.test', AREA: 'area@mesa.test' } as const satisfies Record<ExpectedRole, string>;
const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;

interface Reply {
  estado?: string;
  version?: number;
  error?: { code: string; estado?: string; operacionesPermitidas?: string[] };
}

const cookies: Record<string, string> = {};
beforeAll(async () => {
  for (const [role, email] of Object.entries(USERS)) cookies[role] = (await signIn(email, password))!;
});

describe('every (role, operation, state) over HTTP with real sessions', () => {
  for (const role of EXPECTED_ROLES) {
    for (const op of EXPECTED_OPERATIONS) {
      it(`${role} × ${op} × each state`, async () => {
        const deviations: string[] = [];
        for (const estado of EXPECTED_STATES) {
          // The AREA user's tickets are in their area (Sistemas), so scope never hides them here.
          const ticket = await ticketInState(estado, 'Sistemas');
          const before = await ticketFootprint(ticket.id);
          const reply = await api<Reply>(`/api/tickets/${ticket.id}/${op}`, { method: 'POST', body: OPERATION_BODIES[op], cookie: cookies[role] });
          const after = await ticketFootprint(ticket.id);

          const expected = expectedStatus(role, op, estado);
          const cell = `${role} ${op} ${estado}`;
          if (reply.status !== expected) deviations.push(`${cell}: ${reply.status} (esperado ${expected})`);
          if (expected === 200) {
            const to = expectedNextState(op, estado);
            if (reply.body.estado !== to || after.estado !== to) deviations.push(`${cell}: quedó en ${after.estado} (esperado ${to})`);
            if (after.history !== before.history + 1 || after.version !== before.version + 1) deviations.push(`${cell}: historial ${before.history}→${after.history}, versión ${before.version}→${after.version}`);
          } else {
            if (JSON.stringify(after) !== JSON.stringify(before)) deviations.push(`${cell}: escribió algo al fallar`);
            if (expected === 409) {
              const error = reply.body.error;
              if (error?.code !== 'INVALID_TRANSITION' || error.estado !== estado) deviations.push(`${cell}: 409 sin INVALID_TRANSITION y el estado`);
              const allowed = expectedOperationsFor(role, estado).join(',');
              if (error?.operacionesPermitidas?.join(',') !== allowed) deviations.push(`${cell}: operaciones permitidas [${error?.operacionesPermitidas}] (esperadas [${allowed}])`);
            }
            if (expected === 403 && reply.body.error?.code !== 'FORBIDDEN') deviations.push(`${cell}: 403 sin FORBIDDEN`);
          }
        }
        expect(deviations).toEqual([]);
      });
    }
  }

  it('answers 401 without a session for every operation and for GET, and writes nothing', async () => {
    const ticket = await ticketInState('ASIGNADO');
    const before = await ticketFootprint(ticket.id);
    for (const op of EXPECTED_OPERATIONS) {
      const reply = await api<Reply>(`/api/tickets/${ticket.id}/${op}`, { method: 'POST', body: OPERATION_BODIES[op] });
      expect(reply.status, op).toBe(401);
      expect(reply.body.error?.code).toBe('UNAUTHENTICATED');
    }
    expect((await api(`/api/tickets/${ticket.id}`)).status).toBe(401);
    expect(await ticketFootprint(ticket.id)).toEqual(before);
  });
});
