import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { NotFoundError } from '@/lib/errors';
import { testDb } from '@/scripts/test/db';
import { ticketBody } from '@/scripts/test/requests';
import { parseOperationRequest } from '@/lib/validation/operation-request';
import { applyOperation } from './apply-operation';
import { createTicket } from './create-ticket';
import { getTicketDetail } from './ticket-detail';
import { ticketInputSchema } from '@/lib/validation/ticket';

const mesa: Actor = { userId: null, tokenId: 'test', name: 'Mesa de prueba', role: 'MESA', areas: ['MESA'] };
const sistemas: Actor = { userId: null, tokenId: 'test', name: 'Sistemas de prueba', role: 'AREA', areas: ['Sistemas'] };

async function newTicket(area: string) {
  return createTicket(ticketInputSchema.parse(ticketBody({ areaAsignada: area })), { canal: 'WEB' });
}

describe('getTicketDetail by label', () => {
  it('finds a ticket by its label in any case, with the time left to the deadline', async () => {
    const created = await newTicket('Sistemas');
    const detail = await getTicketDetail(mesa, { label: `  ${created.ticketLabel.toLowerCase()} ` });
    expect(detail.ticketUuid).toBe(created.ticketUuid);
    expect(detail.slaEstado).toBe('EN_TIEMPO');
    expect(detail.slaRestanteMs).toBeGreaterThan(0);
    // Business time left never exceeds the term (MEDIA: 24 business hours).
    expect(detail.slaRestanteMs!).toBeLessThanOrEqual(24 * 3_600_000);
  });

  it("answers an AREA user's look at another area's ticket like an unknown label", async () => {
    const other = await newTicket('Infraestructura');
    await expect(getTicketDetail(sistemas, { label: other.ticketLabel })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTicketDetail(sistemas, { label: 'TK-1999-99999' })).rejects.toBeInstanceOf(NotFoundError);
    const own = await newTicket('Sistemas');
    expect((await getTicketDetail(sistemas, { label: own.ticketLabel })).ticketLabel).toBe(own.ticketLabel);
  });

  it('marks which texts the requester reads: public notes and pause reasons yes, internal notes and transfer reasons no', async () => {
    const created = await newTicket('MESA');
    const apply = async (op: string, body: unknown) => {
      const request = await parseOperationRequest(mesa.role, op, () => body);
      return applyOperation(mesa, created.ticketUuid, request.op, request.body);
    };
    await apply('actualizar', { nota: 'Nota interna' });
    await apply('actualizar', { nota: 'Nota pública', publica: true });
    await apply('transferir', { area: 'Sistemas', motivo: 'Es de sistemas' });
    await apply('asignar', { area: 'Sistemas' });
    const detail = await apply('pausar', { motivo: 'Esperamos al proveedor' });

    expect(detail.historial.map((h) => [h.operacion, h.texto, h.textoPublico])).toEqual([
      ['crear', null, false],
      ['actualizar', null, false],
      ['actualizar', null, false],
      ['transferir', 'Es de sistemas', false],
      ['asignar', null, false],
      ['pausar', 'Esperamos al proveedor', true],
    ]);
    // Notes are messages: the entry points at its message, which says whether the requester reads it.
    expect(detail.mensajes.slice(1).map((m) => [m.texto, m.publico])).toEqual([
      ['Nota interna', false],
      ['Nota pública', true],
    ]);
    expect(detail.historial[1]?.datos).toEqual({ mensajeId: detail.mensajes[1]?.id });
    // A paused ticket's clock does not run: no time left to show.
    expect(detail).toMatchObject({ slaEstado: 'PAUSADO', slaRestanteMs: null });
    expect((await testDb().ticket.findUniqueOrThrow({ where: { id: created.ticketUuid }, select: { version: true } })).version).toBe(detail.version);
  });
});
