'use server';

import { runAdminAction } from '@/lib/actions/admin/run';
import { createUser, resetUserPassword, setUserActive, updateUser } from '@/lib/data/admin/users';

/** Creates a staff user (/panel/admin/usuarios). */
export async function createUserAction(input: unknown) {
  return runAdminAction('crear un usuario', (actor) => createUser(actor, input), (u) => `Usuario ${u.name} creado.`);
}

/** Changes a user's name, role and areas. */
export async function updateUserAction(input: unknown) {
  return runAdminAction('editar un usuario', (actor) => updateUser(actor, input), (u) => `Cambios de ${u.name} guardados.`);
}

/** Deactivates or reactivates a user. */
export async function setUserActiveAction(input: unknown) {
  return runAdminAction('cambiar el estado de un usuario', (actor) => setUserActive(actor, input), (u) => `${u.name} quedó ${u.active ? 'activo' : 'inactivo'}.`);
}

/** Sets a new password for a user. */
export async function resetUserPasswordAction(input: unknown) {
  return runAdminAction('restablecer una contraseña', (actor) => resetUserPassword(actor, input), 'Contraseña restablecida. Entréguela al usuario por un canal seguro.');
}
