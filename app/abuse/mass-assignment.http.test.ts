import { beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '@/scripts/test/db';
import type { ApiBody } from '@/scripts/test/http-client';
import { ticketBody } from '@/scripts/test/requests';
import { type AbuseContext, type AbuseRequest, type RawReply, abuseContext, footprint, send } from '@/scripts/test/abuse';

// Fields a client may not set, sent beside valid ones. The schemas drop unknown keys: each request
// succeeds, and none of those fields reaches the database.
beforeAll(() => abuseContext());

const FOREIGN_ID = '11111111-1111-4111-8111-111111111111';
const OLD_DATE = '2001-01-01T00:00:00.000Z';

/** What a client tries to set on a ticket, whatever endpoint it writes through. */
const ticketFields = {
  id: FOREIGN_ID,
  ticketUuid: FOREIGN_ID,
  ticketLabel: 'TK-1999-00001',
  label: 'TK-1999-00001',
  estado: 'ARCHIVADO',
  version: 999,
  canal: 'EMAIL',
  slaHoras: 1,
  fechaCreacion: OLD_DATE,
  fechaLimiteSla: OLD_DATE,
  asignadoAId: FOREIGN_ID,
  prorrogado: true,
  respuestaSolicitante: true,
  role: 'ADMIN',
};

interface MassAssignmentCase {
  name: string;
  request: AbuseRequest;
  status: number;
  /** What was written, read back: the forbidden fields must not be in it. */
  check: (reply: ApiBody, context: AbuseContext, before: TicketRow) => Promise<void>;
}

type TicketRow = Awaited<ReturnType<typeof ticketRow>>;
const ticketRow = (id: string) =>
  testDb().ticket.findUniqueOrThrow({
    where: { id },
    select: { id: true, label: true, estado: true, version: true, canal: true, slaHoras: true, fechaCreacion: true, areaAsignada: true, asignadoAId: true, prorrogado: true, etiquetas: true },
  });

const cases: MassAssignmentCase[] = [
  {
    name: 'crear: estado, version, id, ticketLabel, canal, SLA, dates, assignee and role',
    request: { path: '/api/tickets/crear', json: ticketBody({ ...ticketFields, prioridad: 'MEDIA' }) },
    status: 200,
    check: async (reply) => {
      const row = await ticketRow(reply.ticketUuid as string);
      expect(row.id).not.toBe(FOREIGN_ID);
      expect(row.label).toBe(reply.ticketLabel);
      expect(row.label).not.toBe('TK-1999-00001');
      expect(row).toMatchObject({ estado: 'NUEVO', version: 1, canal: 'API', asignadoAId: null, prorrogado: false });
      expect(row.slaHoras).not.toBe(1);
      expect(Date.now() - row.fechaCreacion.getTime()).toBeLessThan(10 * 60_000);
    },
  },
  {
    name: 'responder: estado, version and areaAsignada, and a staff author for the message',
    request: {
      path: '/api/tickets/responder',
      json: ({ ticket }) => ({ ...ticketFields, ticketLabel: ticket.label, email: ticket.email, texto: 'Envío el dato.', areaAsignada: 'Infraestructura', autor: 'MESA', publico: false, actorId: FOREIGN_ID }),
    },
    status: 200,
    check: async (_reply, { ticket }, before) => {
      const row = await ticketRow(ticket.id);
      expect(row).toEqual({ ...before, version: before.version + 1 });
      const message = await testDb().ticketMessage.findFirstOrThrow({ where: { ticketId: ticket.id }, orderBy: { fecha: 'desc' } });
      expect(message).toMatchObject({ autor: 'SOLICITANTE', publico: true, actorId: null, texto: 'Envío el dato.' });
    },
  },
  {
    name: 'actualizar: estado, version, areaAsignada, label and etiquetas beside a note',
    request: {
      path: ({ ticket }) => `/api/tickets/${ticket.id}/actualizar`,
      json: { nota: 'Revisando el caso.', publica: false, ...ticketFields, areaAsignada: 'Infraestructura', etiquetas: ['inyectada'] },
      as: 'area',
    },
    status: 200,
    check: async (_reply, { ticket }, before) => {
      expect(await ticketRow(ticket.id)).toEqual({ ...before, version: before.version + 1 });
    },
  },
  {
    name: 'POST /api/admin/tokens: id, hash, prefix, revocation, creator, and areas on a MESA token',
    request: {
      path: '/api/admin/tokens',
      json: { name: `Asignación masiva ${Date.now()}`, role: 'MESA', areas: ['Sistemas'], id: FOREIGN_ID, tokenHash: 'f'.repeat(64), prefix: 'mda_forjado', revokedAt: OLD_DATE, lastUsedAt: OLD_DATE, createdById: FOREIGN_ID },
      as: 'admin',
    },
    status: 201,
    check: async (reply) => {
      const row = await testDb().apiToken.findUniqueOrThrow({ where: { id: reply.id as string } });
      const admin = await testDb().user.findUniqueOrThrow({ where: { email: 'admin@mesa.test' } });
      expect(row.id).not.toBe(FOREIGN_ID);
      expect(row).toMatchObject({ role: 'MESA', areas: [], revokedAt: null, lastUsedAt: null, createdById: admin.id });
      expect(row.tokenHash).not.toBe('f'.repeat(64));
      expect(row.prefix).toBe((reply.token as string).slice(0, 12));
    },
  },
];

describe('mass assignment: fields no client may set are ignored, never written', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const context = await abuseContext();
    const before = await ticketRow(context.ticket.id);
    const reply: RawReply = await send(c.request, context);
    expect(reply.status, reply.text.slice(0, 300)).toBe(c.status);
    await c.check(reply.body!, context, before);
  });

  it('writes nothing for a lookup carrying extra fields', async () => {
    const context = await abuseContext();
    const before = await footprint();
    const reply = await send({ path: '/api/tickets/consultar', json: { ...ticketFields, ticketLabel: context.ticket.label, email: context.ticket.email } }, context);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ ticketLabel: context.ticket.label, estado: 'NUEVO' });
    expect(await footprint()).toEqual(before);
  });
});
