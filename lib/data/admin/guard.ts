import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db, transactionOptions } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { ForbiddenError } from '@/lib/errors';

export const FORBIDDEN_MESSAGE = 'No tiene permiso para administrar el sistema: esta sección es solo para administradores.';

/**
 * Throws 403 unless the actor is an ADMIN signed in as a person. Every administration data
 * function calls it first: an API token, even an ADMIN one, never reaches the administration.
 */
export function assertAdmin(actor: Actor): void {
  if (actor.role !== 'ADMIN' || actor.tokenId !== null || actor.userId === null) throw new ForbiddenError(FORBIDDEN_MESSAGE);
}

/** Whether the actor may open the administration pages. */
export function isAdmin(actor: Actor | null): actor is Actor {
  return actor !== null && actor.role === 'ADMIN' && actor.tokenId === null && actor.userId !== null;
}

/** Runs an administration change (and its audit entry) in one transaction. */
export function adminTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db().$transaction(fn, transactionOptions());
}
