import { afterAll, describe, expect, it, vi } from 'vitest';
import { reloadConfig } from '@/lib/config';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { testDb } from '@/scripts/test/db';
import { ticketBody } from '@/scripts/test/requests';
import { createTicket } from '@/lib/data/create-ticket';
import { ticketInputSchema } from '@/lib/validation/ticket';
import { mailRetrySchema } from '@/lib/validation/admin/mail';
import { getOutboxSummary, retryAllFailedMails, retryMail as retryMailData } from '@/lib/data/admin/outbox';
import { adminActor, auditCount, latestAudit, unique, viaSchema } from '@/lib/data/admin/test-support';

const retryMail = viaSchema(mailRetrySchema, retryMailData);
const HOUR = 3_600_000;

type Row = Parameters<ReturnType<typeof testDb>['outboxMail']['create']>[0]['data'];

async function mail(data: Partial<Row> = {}) {
  return testDb().outboxMail.create({
    data: { kind: 'ticket_created', toAddress: `persona.${unique()}@example.com`, toName: 'Persona', ...data },
  });
}

const failed = (extra: Partial<Row> = {}) => mail({ status: 'FAILED', attempts: 8, lastError: '550 buzón inexistente', nextAttemptAt: new Date(Date.now() + HOUR), ...extra });
const stateOf = (id: string) =>
  testDb().outboxMail.findUniqueOrThrow({ where: { id }, select: { status: true, attempts: true, nextAttemptAt: true, lockedUntil: true, lastError: true, sentAt: true, subject: true } });

afterAll(async () => {
  vi.useRealTimers();
  delete process.env.SMTP_URL;
  reloadConfig();
});

describe('the outbox page', () => {
  it('counts pending, sent in the last 24 hours and failed, and lists failed and retrying rows with their ticket', async () => {
    const admin = await adminActor();
    const { ticketUuid, ticketLabel } = await createTicket(ticketInputSchema.parse(ticketBody()), { canal: 'WEB' });
    const before = await getOutboxSummary(admin);
    const dead = await failed({ ticketId: ticketUuid, kind: 'assigned_to_you' });
    const retrying = await mail({ attempts: 2, lastError: 'Conexión rechazada' });
    await mail();
    await mail({ status: 'SENT', attempts: 1, sentAt: new Date(Date.now() - HOUR), subject: '[TK] Hoy' });
    await mail({ status: 'SENT', attempts: 1, sentAt: new Date(Date.now() - 30 * HOUR), subject: '[TK] Ayer' });

    const after = await getOutboxSummary(admin);
    expect(after.pending - before.pending).toBe(2);
    expect(after.retrying - before.retrying).toBe(1);
    expect(after.sentLastDay - before.sentLastDay).toBe(1);
    expect(after.failed - before.failed).toBe(1);
    const ids = after.rows.map((r) => r.id);
    expect(ids).toContain(retrying.id);
    // The ones nobody will send again come first.
    expect(ids.indexOf(dead.id)).toBeLessThan(ids.indexOf(retrying.id));
    expect(after.rows.find((r) => r.id === dead.id)).toMatchObject({ ticketLabel, kind: 'assigned_to_you', status: 'FAILED', attempts: 8, lastError: '550 buzón inexistente' });
    expect(after.rows.every((r) => r.status === 'FAILED' || r.attempts > 0)).toBe(true);
  });

  it('says whether mail goes by SMTP or to the log, never the URL', async () => {
    const admin = await adminActor();
    delete process.env.SMTP_URL;
    reloadConfig();
    expect((await getOutboxSummary(admin)).transport).toBe('log');
    process.env.SMTP_URL = 'smtp://usuario:secreto@127.0.0.1:2525';
    reloadConfig();
    const summary = await getOutboxSummary(admin);
    expect(summary.transport).toBe('smtp');
    expect(JSON.stringify(summary)).not.toContain('secreto');
    delete process.env.SMTP_URL;
    reloadConfig();
  });
});

describe('retrying mails', () => {
  it('puts one failed row back to PENDING with attempts 0, due now and unlocked, audited in the same change', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const now = new Date('2026-12-07T15:00:00.000Z');
    vi.setSystemTime(now);
    const admin = await adminActor();
    const row = await failed({ lockedUntil: new Date(now.getTime() - 60_000) });
    const audits = await auditCount();
    await retryMail(admin, { id: row.id });
    expect(await stateOf(row.id)).toMatchObject({ status: 'PENDING', attempts: 0, nextAttemptAt: now, lockedUntil: null });
    expect(await auditCount()).toBe(audits + 1);
    // It stays on the page, pending, with the error that made it fail, until the worker sends it.
    expect((await getOutboxSummary(admin)).rows.find((r) => r.id === row.id)).toMatchObject({ status: 'PENDING', attempts: 0, lastError: '550 buzón inexistente' });
    expect((await latestAudit())[0]).toMatchObject({
      accion: 'correo.reintentar',
      entidad: 'correo',
      entidadId: row.id,
      actorNombre: admin.name,
      datos: { antes: { status: 'FAILED', attempts: 8, lastError: '550 buzón inexistente' }, despues: { status: 'PENDING', attempts: 0 } },
    });
    vi.useRealTimers();
  });

  it('retries a pending row that is waiting between attempts, but not one a worker is sending right now', async () => {
    const admin = await adminActor();
    const waiting = await mail({ attempts: 3, lastError: 'Tiempo agotado', nextAttemptAt: new Date(Date.now() + HOUR) });
    await retryMail(admin, { id: waiting.id });
    expect(await stateOf(waiting.id)).toMatchObject({ status: 'PENDING', attempts: 0 });

    const claimed = await mail({ attempts: 1, lockedUntil: new Date(Date.now() + 60_000) });
    const audits = await auditCount();
    await expect(retryMail(admin, { id: claimed.id })).rejects.toThrow(/se está enviando/);
    expect(await stateOf(claimed.id)).toMatchObject({ attempts: 1, lockedUntil: claimed.lockedUntil });
    // A mail that never failed is simply queued: nothing to retry.
    const queued = await mail();
    await expect(retryMail(admin, { id: queued.id })).rejects.toThrow(/no se puede reintentar/);
    expect(await auditCount()).toBe(audits);
  });

  it('never touches a SENT row, and answers an unknown or malformed id', async () => {
    const admin = await adminActor();
    const sent = await mail({ status: 'SENT', attempts: 1, sentAt: new Date(), subject: '[TK-2026-00001] Enviado' });
    const audits = await auditCount();
    const error = await retryMail(admin, { id: sent.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(await stateOf(sent.id)).toMatchObject({ status: 'SENT', attempts: 1, sentAt: sent.sentAt, subject: sent.subject });
    await expect(retryMail(admin, { id: '00000000-0000-4000-8000-00000000abcd' })).rejects.toBeInstanceOf(NotFoundError);
    const malformed = await retryMail(admin, { id: 'no-es-un-id' }).catch((e: unknown) => e);
    expect((malformed as ValidationError).fields.id?.join(' ')).toMatch(/no es válido/);
    expect(await auditCount()).toBe(audits);
  });

  it('retries every failed row at once with one audit entry naming them, leaving sent and pending rows alone', async () => {
    const admin = await adminActor();
    const failedRows = [await failed(), await failed({ kind: 'sla_at_risk' })];
    const sent = await mail({ status: 'SENT', attempts: 2, sentAt: new Date(), subject: '[TK] Enviado' });
    const pending = await mail({ attempts: 1, lastError: 'Tiempo agotado', nextAttemptAt: new Date(Date.now() + HOUR) });
    const allFailed = await testDb().outboxMail.count({ where: { status: 'FAILED' } });

    expect(await retryAllFailedMails(admin)).toEqual({ count: allFailed });
    for (const row of failedRows) expect(await stateOf(row.id)).toMatchObject({ status: 'PENDING', attempts: 0, lockedUntil: null });
    expect(await stateOf(sent.id)).toMatchObject({ status: 'SENT', attempts: 2, sentAt: sent.sentAt });
    expect(await stateOf(pending.id)).toMatchObject({ status: 'PENDING', attempts: 1, nextAttemptAt: pending.nextAttemptAt });
    expect(await testDb().outboxMail.count({ where: { status: 'FAILED' } })).toBe(0);
    const [entry] = await latestAudit();
    expect(entry).toMatchObject({ accion: 'correo.reintentar_fallidos', entidad: 'correo', datos: { cantidad: allFailed } });
    expect((entry!.datos as { ids: string[] }).ids).toEqual(expect.arrayContaining(failedRows.map((r) => r.id)));

    // Nothing failed: nothing changes and no entry is written.
    const audits = await auditCount();
    expect(await retryAllFailedMails(admin)).toEqual({ count: 0 });
    expect(await auditCount()).toBe(audits);
  });
});
