import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { api, signIn } from '@/scripts/test/http-client';
import { ticketFootprint, ticketInState } from '@/scripts/test/tickets';

// SPEC §3, written out by hand (not read from lib/domain/transitions.ts): for each operation,
// who may perform it, from which states, and where it leads (null: the state stays).
const SPEC: Record<string, { roles: string[]; from: string[]; to: string | null; body: Record<string, unknown> }> = {
  asignar: { roles: ['ADMIN', 'MESA'], from: ['NUEVO', 'TRANSFERIDO', 'RECLASIFICADO'], to: 'ASIGNADO', body: { area: 'Sistemas' } },
  transferir: { roles: ['ADMIN', 'MESA'], from: ['NUEVO', 'ASIGNADO', 'RECLASIFICADO'], to: 'TRANSFERIDO', body: { area: 'Infraestructura', motivo: 'Es de redes' } },
  reclasificar: { roles: ['ADMIN', 'MESA'], from: ['NUEVO', 'ASIGNADO', 'TRANSFERIDO'], to: 'RECLASIFICADO', body: { prioridad: 'ALTA', motivo: 'Afecta a todo el equipo' } },
  pausar: { roles: ['ADMIN', 'MESA', 'AREA'], from: ['ASIGNADO'], to: 'PAUSADO', body: { motivo: 'Esperamos un dato del solicitante' } },
  reabrir: { roles: ['ADMIN', 'MESA'], from: ['PAUSADO'], to: 'ASIGNADO', body: {} },
  actualizar: { roles: ['ADMIN', 'MESA', 'AREA'], from: ['NUEVO', 'ASIGNADO', 'TRANSFERIDO', 'RECLASIFICADO', 'PAUSADO'], to: null, body: { nota: 'Revisando', publica: false } },
  cancelar: { roles: ['ADMIN', 'MESA', 'AREA'], from: ['NUEVO', 'ASIGNADO', 'TRANSFERIDO', 'RECLASIFICADO', 'PAUSADO'], to: 'CANCELADO', body: { motivo: 'Duplicado' } },
  archivar: { roles: ['ADMIN', 'MESA', 'AREA'], from: ['ASIGNADO'], to: 'ARCHIVADO', body: { resolucion: 'Se restableció el acceso' } },
  // SPEC §4: prorrogar (ADMIN, MESA, on any non-terminal state, state unchanged).
  prorrogar: { roles: ['ADMIN', 'MESA'], from: ['NUEVO', 'ASIGNADO', 'TRANSFERIDO', 'RECLASIFICADO', 'PAUSADO'], to: null, body: { motivo: 'Esperamos a un proveedor', extension: 2 } },
};
const STATES = ['NUEVO', 'ASIGNADO', 'TRANSFERIDO', 'RECLASIFICADO', 'PAUSADO', 'CANCELADO', 'ARCHIVADO'] as const;
const USERS = { ADMIN: 'admin@mesa.test', MESA: 'mesa@mesa.test', AREA: 'area@mesa.test' } as const;
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
  for (const role of Object.keys(USERS) as (keyof typeof USERS)[]) {
    for (const [op, spec] of Object.entries(SPEC)) {
      it(`${role} × ${op} × each state`, async () => {
        const deviations: string[] = [];
        for (const estado of STATES) {
          // The AREA user's tickets are in their area (Sistemas), so scope never hides them here.
          const ticket = await ticketInState(estado, 'Sistemas');
          const before = await ticketFootprint(ticket.id);
          const reply = await api<Reply>(`/api/tickets/${ticket.id}/${op}`, { method: 'POST', body: spec.body, cookie: cookies[role] });
          const after = await ticketFootprint(ticket.id);

          const expected = !spec.roles.includes(role) ? 403 : !spec.from.includes(estado) ? 409 : 200;
          const cell = `${role} ${op} ${estado}`;
          if (reply.status !== expected) deviations.push(`${cell}: ${reply.status} (esperado ${expected})`);
          if (expected === 200) {
            const to = spec.to ?? estado;
            if (reply.body.estado !== to || after.estado !== to) deviations.push(`${cell}: quedó en ${after.estado} (esperado ${to})`);
            if (after.history !== before.history + 1 || after.version !== before.version + 1) deviations.push(`${cell}: historial ${before.history}→${after.history}, versión ${before.version}→${after.version}`);
          } else {
            if (JSON.stringify(after) !== JSON.stringify(before)) deviations.push(`${cell}: escribió algo al fallar`);
            if (expected === 409 && (reply.body.error?.code !== 'INVALID_TRANSITION' || reply.body.error.estado !== estado)) {
              deviations.push(`${cell}: 409 sin INVALID_TRANSITION y el estado`);
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
    for (const [op, spec] of Object.entries(SPEC)) {
      const reply = await api<Reply>(`/api/tickets/${ticket.id}/${op}`, { method: 'POST', body: spec.body });
      expect(reply.status, op).toBe(401);
      expect(reply.body.error?.code).toBe('UNAUTHENTICATED');
    }
    expect((await api(`/api/tickets/${ticket.id}`)).status).toBe(401);
    expect(await ticketFootprint(ticket.id)).toEqual(before);
  });

  it('lists the allowed operations with INVALID_TRANSITION', async () => {
    const ticket = await ticketInState('PAUSADO');
    const reply = await api<Reply>(`/api/tickets/${ticket.id}/archivar`, { method: 'POST', body: SPEC.archivar!.body, cookie: cookies.MESA });
    expect(reply.status).toBe(409);
    expect(reply.body.error).toMatchObject({ code: 'INVALID_TRANSITION', estado: 'PAUSADO', operacionesPermitidas: ['reabrir', 'actualizar', 'cancelar', 'prorrogar'] });
  });
});
