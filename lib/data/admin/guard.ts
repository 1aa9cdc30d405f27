import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db, transactionOptions } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { FORBIDDEN_ADMIN_MESSAGE, mayAdminister } from '@/lib/domain/permissions';
import { ForbiddenError } from '@/lib/errors';

/** Every administration data function calls it first, whatever its caller checked. */
export function assertAdmin(actor: Actor): void {
  if (!mayAdminister(actor)) throw new ForbiddenError(FORBIDDEN_ADMIN_MESSAGE);
}

export function adminTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db().$transaction(fn, transactionOptions());
}
