import 'server-only';
import { db } from '@/lib/db';
import type { Actor, Rol } from '@/lib/domain/actor';
import { ForbiddenError } from '@/lib/errors';
import type { MailNotificationsInput } from '@/lib/validation/profile';

export interface ProfileView {
  name: string;
  email: string;
  role: Rol;
  areas: string[];
  emailNotifications: boolean;
}

export const NO_PROFILE_MESSAGE = 'Un token de API no tiene perfil: inicie sesión con su usuario.';

/** A profile belongs to a signed-in user; an API token acts without one. */
function ownUserId(actor: Actor): string {
  if (!actor.userId || actor.tokenId) throw new ForbiddenError(NO_PROFILE_MESSAGE);
  return actor.userId;
}

export async function getProfile(actor: Actor): Promise<ProfileView> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: ownUserId(actor) },
    select: { name: true, email: true, role: true, emailNotifications: true, areas: { select: { area: { select: { name: true } } } } },
  });
  return { name: user.name, email: user.email, role: user.role, areas: user.areas.map((a) => a.area.name).sort(), emailNotifications: user.emailNotifications };
}

/** Only the caller's own row: the id comes from the session, never from the input. */
export async function setMailNotifications(actor: Actor, { emailNotifications }: MailNotificationsInput): Promise<{ emailNotifications: boolean }> {
  return db().user.update({ where: { id: ownUserId(actor) }, data: { emailNotifications }, select: { emailNotifications: true } });
}
