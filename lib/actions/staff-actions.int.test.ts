import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { areaActor, mesaActor } from '@/lib/data/admin/test-support';
import { testDb } from '@/scripts/test/db';
import { ticketBody } from '@/scripts/test/requests';

// The session is what a staff action reads first; everything after it is the real code.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/data/actor', () => ({ getSessionActor: async () => session.actor }));

const { applyOperationAction } = await import('@/lib/actions/ticket-operations');
const { bulkOperationAction } = await import('@/lib/actions/bulk-operations');
const { createStaffTicketAction } = await import('@/lib/actions/create-staff-ticket');

const TICKET = '00000000-0000-4000-8000-000000000001';

beforeEach(() => {
  session.actor = null;
});

describe('staff server actions', () => {
  it('without a session ask to sign in again', async () => {
    for (const result of [
      await applyOperationAction(TICKET, 'cancelar', { motivo: 'x' }),
      await bulkOperationAction([TICKET], 'asignar', { area: 'Sistemas' }),
      await createStaffTicketAction(ticketBody({ canal: 'TELEFONO' }), undefined),
    ]) {
      expect(result).toMatchObject({ ok: false, code: 'UNAUTHENTICATED', message: 'Su sesión terminó. Inicie sesión de nuevo.' });
    }
  });

  it('refuse a role that may never do it before looking at the input', async () => {
    session.actor = await areaActor();
    expect(await applyOperationAction(TICKET, 'asignar', 'no es un cuerpo')).toMatchObject({ ok: false, code: 'FORBIDDEN', fieldErrors: {} });
    expect(await bulkOperationAction([TICKET], 'transferir', 'no es un cuerpo')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const body = ticketBody({ canal: 'FAX' });
    expect(await createStaffTicketAction(body, undefined)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await testDb().ticket.count({ where: { email: body.email as string } })).toBe(0);
  });

  it('then answer a bad input with the fields to mark, as the API does', async () => {
    session.actor = await mesaActor();
    expect(await applyOperationAction(TICKET, 'cancelar', {})).toMatchObject({
      ok: false,
      code: 'VALIDATION_ERROR',
      message: 'La solicitud tiene datos inválidos en: motivo.',
      fieldErrors: { motivo: [expect.any(String)] },
    });
    expect(await applyOperationAction('no-es-uuid', 'reabrir', {})).toMatchObject({ ok: false, code: 'VALIDATION_ERROR', fieldErrors: { ticketUuid: expect.any(Array) } });
    expect(await applyOperationAction(TICKET, 'reabrir', {})).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await createStaffTicketAction(ticketBody({ canal: 'FAX' }), undefined)).toMatchObject({ ok: false, fieldErrors: { canal: expect.any(Array) } });
  });
});
