import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { adminFootprint, adminTokenActor, areaActor, mesaActor, validAdminInputs } from '@/lib/data/admin/test-support';

// The session is what a server action reads first; here it is a real user's actor, read from the
// database. Everything after it (role check, validation, data, audit) is the real code.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/data/actor', () => ({ getSessionActor: async () => session.actor }));

const modules = {
  areas: await import('@/lib/actions/admin/areas'),
  categories: await import('@/lib/actions/admin/categories'),
  holidays: await import('@/lib/actions/admin/holidays'),
  outbox: await import('@/lib/actions/admin/outbox'),
  priorities: await import('@/lib/actions/admin/priorities'),
  settings: await import('@/lib/actions/admin/settings'),
  sla: await import('@/lib/actions/admin/sla'),
  users: await import('@/lib/actions/admin/users'),
};

// Each action's name is its data function's with "Action": the same valid inputs apply.
const DATA_FUNCTION: Record<string, string> = { generateHolidaysAction: 'generateColombianHolidays' };

type Action = (input: unknown) => Promise<{ ok: boolean; message: string }>;

const actions = Object.entries(modules).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>).map(([name, fn]) => ({ name: `${module}.${name}`, short: name, fn: fn as Action })),
);

beforeEach(() => {
  session.actor = null;
});

describe('administration server actions (lib/actions/admin)', () => {
  it('are all server actions ending in "Action"', () => {
    expect(actions.length).toBeGreaterThanOrEqual(24);
    for (const a of actions) {
      expect(a.short, a.name).toMatch(/Action$/);
      expect(typeof a.fn, a.name).toBe('function');
    }
  });

  it('refuse MESA, AREA and token actors with "No tiene permiso", and change nothing', async () => {
    const inputs = await validAdminInputs();
    const before = await adminFootprint();
    for (const actor of [await mesaActor(), await areaActor(), adminTokenActor()]) {
      session.actor = actor;
      for (const { name, short, fn } of actions) {
        const input = inputs[DATA_FUNCTION[short] ?? short.replace(/Action$/, '')];
        expect(input, `sin entrada válida para ${name}`).toBeDefined();
        const result = await fn(input);
        expect(result, `${name} con ${actor.role}`).toMatchObject({ ok: false, message: expect.stringMatching(/^No tiene permiso/) });
      }
    }
    expect(await adminFootprint()).toEqual(before);
  });

  it('without a session ask to sign in again, and change nothing', async () => {
    const inputs = await validAdminInputs();
    const before = await adminFootprint();
    for (const { short, fn } of actions) {
      const result = await fn(inputs[DATA_FUNCTION[short] ?? short.replace(/Action$/, '')]);
      expect(result).toMatchObject({ ok: false, message: 'Su sesión terminó. Inicie sesión de nuevo.' });
    }
    expect(await adminFootprint()).toEqual(before);
  });
});
