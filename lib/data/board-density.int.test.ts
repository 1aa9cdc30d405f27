import { describe, expect, it } from 'vitest';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { testDb } from '@/scripts/test/db';
import { parseInput } from '@/lib/validation/parse';
import { boardDensitySchema } from '@/lib/validation/queue';
import { actorFor, adminTokenActor, unique } from '@/lib/data/admin/test-support';
import { getBoardDensity, saveBoardDensity as saveData } from './board-density';

// As the action calls it: the raw value parsed with the action's schema first.
const save = async (actor: Parameters<typeof saveData>[0], raw: unknown) => saveData(actor, parseInput(boardDensitySchema, raw));

async function newStaffUser() {
  const email = `densidad.${unique()}@mesa.test`;
  await testDb().user.create({ data: { email, name: 'Usuario de densidad', passwordHash: 'x', role: 'MESA' } });
  return actorFor(email);
}

const storedDensity = async (userId: string | null) =>
  (await testDb().user.findUniqueOrThrow({ where: { id: userId! }, select: { boardDensity: true } })).boardDensity;

describe('the board density of each user', () => {
  it('starts compact and saves the caller’s own row only', async () => {
    const me = await newStaffUser();
    const other = await newStaffUser();
    expect(await getBoardDensity(me)).toBe('COMPACT');

    expect(await save(me, { density: 'COMFORTABLE', userId: other.userId, id: other.userId })).toBe('COMFORTABLE');
    expect(await storedDensity(me.userId)).toBe('COMFORTABLE');
    expect(await getBoardDensity(me)).toBe('COMFORTABLE');
    expect(await storedDensity(other.userId)).toBe('COMPACT');

    await save(me, { density: 'COMPACT' });
    expect(await getBoardDensity(me)).toBe('COMPACT');
  });

  it('refuses a value that is not a density, and an API token, which has no board', async () => {
    const me = await newStaffUser();
    await expect(save(me, { density: 'ENORME' })).rejects.toBeInstanceOf(ValidationError);
    expect(await storedDensity(me.userId)).toBe('COMPACT');
    await expect(save(adminTokenActor(), { density: 'COMFORTABLE' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getBoardDensity(adminTokenActor())).toBe('COMPACT');
  });
});
