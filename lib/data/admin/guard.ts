import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db, transactionOptions } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { FORBIDDEN_ADMIN_MESSAGE, mayAdminister } from '@/lib/domain/permissions';
import { ForbiddenError } from '@/lib/errors';
import { invalidateConfig } from '@/lib/data/config-cache';

/** Every administration data function calls it first, whatever its caller checked. */
export function assertAdmin(actor: Actor): void {
  if (!mayAdminister(actor)) throw new ForbiddenError(FORBIDDEN_ADMIN_MESSAGE);
}

/** After it ends, this process reads the configuration anew; the others hear of it from the database (docs/performance.md). */
export async function adminTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  try {
    return await db().$transaction(fn, transactionOptions());
  } finally {
    invalidateConfig();
  }
}
