import 'server-only';
import type { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import type { MailStatus } from '@/lib/domain/mail-kinds';
import { NotFoundError, ValidationError } from '@/lib/errors';
import type { mailRetrySchema } from '@/lib/validation/admin/mail';
import { recordAdminAudit } from '@/lib/data/admin-audit';
import { adminTransaction, assertAdmin } from '@/lib/data/admin/guard';

const DAY_MS = 86_400_000;
/** The page lists the newest problems; the counts say how many there are in all. */
export const OUTBOX_PAGE_ROWS = 100;

export interface OutboxProblemRow {
  id: string;
  ticketLabel: string | null;
  kind: string;
  toName: string;
  toAddress: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
}

export interface OutboxSummary {
  /** 'smtp' when SMTP_URL is set, 'log' otherwise; the URL itself may hold a password and never leaves the server. */
  transport: 'smtp' | 'log';
  pending: number;
  sentLastDay: number;
  failed: number;
  retrying: number;
  rows: OutboxProblemRow[];
}

/** Failed, or pending after a failure (waiting for its next attempt, or put back by a retry). */
const PROBLEMS: Prisma.OutboxMailWhereInput = {
  OR: [{ status: 'FAILED' }, { status: 'PENDING', OR: [{ attempts: { gt: 0 } }, { lastError: { not: null } }] }],
};

// A pending row under a worker's claim is being sent right now: resetting it could send it twice.
function retryable(now: Date): Prisma.OutboxMailWhereInput {
  return { AND: [PROBLEMS, { OR: [{ status: 'FAILED' }, { lockedUntil: null }, { lockedUntil: { lt: now } }] }] };
}

const RESET = (now: Date) => ({ status: 'PENDING' as const, attempts: 0, nextAttemptAt: now, lockedUntil: null });

export async function getOutboxSummary(actor: Actor): Promise<OutboxSummary> {
  assertAdmin(actor);
  const now = new Date();
  const outbox = db().outboxMail;
  const [pending, sentLastDay, failed, retrying, rows] = await Promise.all([
    outbox.count({ where: { status: 'PENDING' } }),
    outbox.count({ where: { status: 'SENT', sentAt: { gte: new Date(now.getTime() - DAY_MS) } } }),
    outbox.count({ where: { status: 'FAILED' } }),
    outbox.count({ where: { status: 'PENDING', attempts: { gt: 0 } } }),
    outbox.findMany({
      where: PROBLEMS,
      // FAILED sorts before PENDING: the ones nobody will send again come first.
      orderBy: [{ status: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
      take: OUTBOX_PAGE_ROWS,
      select: { id: true, kind: true, toName: true, toAddress: true, status: true, attempts: true, lastError: true, createdAt: true, nextAttemptAt: true, ticket: { select: { label: true } } },
    }),
  ]);
  return {
    transport: getConfig().SMTP_URL ? 'smtp' : 'log',
    pending,
    sentLastDay,
    failed,
    retrying,
    rows: rows.map(({ ticket, createdAt, nextAttemptAt, ...r }) => ({
      ...r,
      ticketLabel: ticket?.label ?? null,
      createdAt: createdAt.toISOString(),
      nextAttemptAt: nextAttemptAt.toISOString(),
    })),
  };
}

/** A failed or retrying mail goes back to the queue as new: the worker sends it on its next round. */
export async function retryMail(actor: Actor, { id }: z.output<typeof mailRetrySchema>): Promise<void> {
  assertAdmin(actor);
  await adminTransaction(async (tx) => {
    const now = new Date();
    const [row] = await tx.$queryRaw<{ status: MailStatus; attempts: number; lastError: string | null }[]>`
      SELECT status, attempts, "lastError" FROM mail_outbox WHERE id = ${id}::uuid FOR UPDATE`;
    if (!row) throw new NotFoundError('El correo no existe.');
    const { count } = await tx.outboxMail.updateMany({ where: { id, ...retryable(now) }, data: RESET(now) });
    if (count === 0) throw new ValidationError('Este correo no se puede reintentar: ya se envió, ya está en cola o se está enviando ahora.');
    await recordAdminAudit(tx, actor, {
      accion: 'correo.reintentar',
      entidad: 'correo',
      entidadId: id,
      datos: { antes: row, despues: { status: 'PENDING', attempts: 0 } },
    });
  });
}

/** Every FAILED mail back to the queue at once; returns how many. */
export async function retryAllFailedMails(actor: Actor): Promise<{ count: number }> {
  assertAdmin(actor);
  return adminTransaction(async (tx) => {
    const now = new Date();
    const rows = await tx.outboxMail.updateManyAndReturn({ where: { status: 'FAILED' }, data: RESET(now), select: { id: true } });
    if (rows.length > 0) {
      await recordAdminAudit(tx, actor, {
        accion: 'correo.reintentar_fallidos',
        entidad: 'correo',
        datos: { cantidad: rows.length, ids: rows.map((r) => r.id) },
      });
    }
    return { count: rows.length };
  });
}
