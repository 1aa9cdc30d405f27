import { describe, expect, it } from 'vitest';
import { postJson, ticketBody } from '@/scripts/test/requests';
import { describeConcurrently } from '@/scripts/test/concurrency';
import { testDb } from '@/scripts/test/db';
import { POST } from './route';

interface Reply {
  ticketLabel?: string;
  error?: { code: string; message: string; maxTickets?: number };
}

/** An area of its own with an active-ticket limit, so other tests' tickets never count. */
async function areaWithLimit(maxTickets: number): Promise<string> {
  const name = `Límite ${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  await testDb().area.create({ data: { name, maxTickets } });
  return name;
}

describe('the per-area active-ticket limit', () => {
  it('counts only active tickets: closing one frees a place', async () => {
    const area = await areaWithLimit(1);
    expect((await postJson<Reply>(POST, ticketBody({ areaAsignada: area }))).status).toBe(200);
    expect((await postJson<Reply>(POST, ticketBody({ areaAsignada: area }))).status).toBe(409);
    await testDb().ticket.updateMany({ where: { areaAsignada: area }, data: { estado: 'ARCHIVADO', fechaCierre: new Date() } });
    expect((await postJson<Reply>(POST, ticketBody({ areaAsignada: area }))).status).toBe(200);
  });

  it('keeps labels gapless when creations are refused', async () => {
    const area = await areaWithLimit(1);
    const first = await postJson<Reply>(POST, ticketBody());
    await postJson<Reply>(POST, ticketBody({ areaAsignada: area }));
    await postJson<Reply>(POST, ticketBody({ areaAsignada: area }));
    const last = await postJson<Reply>(POST, ticketBody());
    const seq = (label: string) => Number(label.split('-')[2]);
    // Two creations in between, one refused: the label numbers advance by exactly two.
    expect(seq(last.body.ticketLabel!) - seq(first.body.ticketLabel!)).toBe(2);
  });

  it('refuses under an Idempotency-Key too, and a retry after a place frees up succeeds', async () => {
    const area = await areaWithLimit(1);
    expect((await postJson<Reply>(POST, ticketBody({ areaAsignada: area }))).status).toBe(200);
    const key = `limite-${Date.now()}`;
    const body = ticketBody({ areaAsignada: area });
    expect((await postJson<Reply>(POST, body, { 'idempotency-key': key })).status).toBe(409);
    await testDb().ticket.updateMany({ where: { areaAsignada: area }, data: { estado: 'CANCELADO', fechaCierre: new Date() } });
    expect((await postJson<Reply>(POST, body, { 'idempotency-key': key })).status).toBe(200);
  });
});

describeConcurrently('the per-area limit under concurrent creations', () => {
  it('lets exactly 3 of 20 concurrent creations into an area limited to 3 through, and refuses the rest with 409 and maxTickets', async () => {
    const area = await areaWithLimit(3);
    const replies = await Promise.all(Array.from({ length: 20 }, () => postJson<Reply>(POST, ticketBody({ areaAsignada: area }))));
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(17);
    const refused = replies.find((r) => r.status === 409)!.body.error!;
    expect(refused).toMatchObject({ code: 'AREA_TICKET_LIMIT_REACHED', maxTickets: 3 });
    expect(refused.message).toContain(area);
    expect(await testDb().ticket.count({ where: { areaAsignada: area } })).toBe(3);
  });
});
