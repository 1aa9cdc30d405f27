import { describe, expect, it } from 'vitest';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { testDb } from '@/scripts/test/db';
import { parseInput } from '@/lib/validation/parse';
import { mailNotificationsSchema } from '@/lib/validation/profile';
import { actorFor, adminTokenActor, unique } from '@/lib/data/admin/test-support';
import { getProfile, setMailNotifications as setMailNotificationsData } from './profile';

// As the action calls it: the raw form value parsed with the action's schema first.
const setMailNotifications = async (actor: Parameters<typeof setMailNotificationsData>[0], raw: unknown) =>
  setMailNotificationsData(actor, parseInput(mailNotificationsSchema, raw));

async function newStaffUser(name: string) {
  const sistemas = await testDb().area.findUniqueOrThrow({ where: { name: 'Sistemas' } });
  const email = `perfil.${unique()}@mesa.test`;
  await testDb().user.create({ data: { email, name, passwordHash: 'x', role: 'AREA', areas: { create: [{ areaId: sistemas.id }] } } });
  return actorFor(email);
}

const switchOf = async (userId: string | null) =>
  (await testDb().user.findUniqueOrThrow({ where: { id: userId! }, select: { emailNotifications: true } })).emailNotifications;

describe('the profile and its mail switch', () => {
  it("shows the signed-in user's own data, the switch on by default", async () => {
    const actor = await newStaffUser('Lucía Rincón');
    const profile = await getProfile(actor);
    expect(profile).toEqual({ name: 'Lucía Rincón', email: expect.stringMatching(/^perfil\./), role: 'AREA', areas: ['Sistemas'], emailNotifications: true });
  });

  it("turns the caller's own switch off and on, and no one else's", async () => {
    const me = await newStaffUser('Usuario que apaga');
    const other = await newStaffUser('Usuario que no cambia');
    expect(await setMailNotifications(me, { emailNotifications: 'false' })).toEqual({ emailNotifications: false });
    expect(await switchOf(me.userId)).toBe(false);
    expect((await getProfile(me)).emailNotifications).toBe(false);
    expect(await switchOf(other.userId)).toBe(true);

    // An id in the input is not read: the row is the session's.
    await setMailNotifications(me, { emailNotifications: true, userId: other.userId, id: other.userId });
    await setMailNotifications(me, { emailNotifications: false, userId: other.userId, id: other.userId });
    expect(await switchOf(other.userId)).toBe(true);
    await setMailNotifications(me, { emailNotifications: true });
    expect(await switchOf(me.userId)).toBe(true);
  });

  it('refuses an API token, which has no profile, and a value that is not on or off', async () => {
    await expect(getProfile(adminTokenActor())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setMailNotifications(adminTokenActor(), { emailNotifications: false })).rejects.toBeInstanceOf(ForbiddenError);
    const me = await newStaffUser('Usuario de valores raros');
    const error = await setMailNotifications(me, { emailNotifications: 'quizás' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.emailNotifications?.join(' ')).toMatch(/verdadero o falso/);
    expect(await switchOf(me.userId)).toBe(true);
  });
});
