import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { ForbiddenError } from '@/lib/errors';
import * as areas from '@/lib/data/admin/areas';
import * as auditLog from '@/lib/data/admin/audit-log';
import * as categories from '@/lib/data/admin/categories';
import * as holidays from '@/lib/data/admin/holidays';
import * as outbox from '@/lib/data/admin/outbox';
import * as priorities from '@/lib/data/admin/priorities';
import * as settings from '@/lib/data/admin/settings';
import * as slaPolicies from '@/lib/data/admin/sla-policies';
import * as subcategories from '@/lib/data/admin/subcategories';
import * as users from '@/lib/data/admin/users';
import { adminFootprint, adminTokenActor, areaActor, mesaActor, validAdminInputs } from '@/lib/data/admin/test-support';

type AdminFunction = (actor: Actor, input?: never) => Promise<unknown>;

// Every exported function of the administration's data layer that takes the actor first.
const MODULES = { areas, auditLog, categories, holidays, outbox, priorities, settings, slaPolicies, subcategories, users };

describe('only a signed-in ADMIN reaches the administration data layer', () => {
  it('refuses MESA, AREA and an ADMIN API token with 403 in every function, and nothing changes', async () => {
    const inputs = await validAdminInputs();
    const functions = Object.entries(MODULES).flatMap(([module, exports]) =>
      Object.entries(exports as Record<string, unknown>)
        .filter(([, fn]) => typeof fn === 'function')
        .map(([name, fn]) => ({ name: `${module}.${name}`, short: name, fn: fn as AdminFunction })),
    );
    // lockSettings takes a transaction, not an actor: it is called only inside the functions above.
    const entryPoints = functions.filter((f) => f.short !== 'lockSettings');
    expect(entryPoints.length).toBeGreaterThanOrEqual(32);

    const before = await adminFootprint();
    for (const actor of [await mesaActor(), await areaActor(), adminTokenActor()]) {
      for (const { name, short, fn } of entryPoints) {
        const error = await fn(actor, inputs[short] as never).catch((e: unknown) => e);
        expect(error, `${name} con ${actor.role}${actor.tokenId ? ' (token)' : ''}`).toBeInstanceOf(ForbiddenError);
        expect((error as ForbiddenError).message).toMatch(/^No tiene permiso/);
      }
    }
    expect(await adminFootprint()).toEqual(before);
  });
});
