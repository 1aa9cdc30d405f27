'use server';

import { adminAction } from '@/lib/actions/admin/run';
import { createUser, resetUserPassword, setUserActive, updateUser } from '@/lib/data/admin/users';
import { userActiveSchema, userCreateSchema, userPasswordSchema, userUpdateSchema } from '@/lib/validation/admin/users';

export const createUserAction = adminAction(userCreateSchema, createUser, 'crear un usuario', (u) => `Usuario ${u.name} creado.`);

export const updateUserAction = adminAction(userUpdateSchema, updateUser, 'editar un usuario', (u) => `Cambios de ${u.name} guardados.`);

export const setUserActiveAction = adminAction(userActiveSchema, setUserActive, 'cambiar el estado de un usuario', (u) => `${u.name} quedó ${u.active ? 'activo' : 'inactivo'}.`);

export const resetUserPasswordAction = adminAction(userPasswordSchema, resetUserPassword, 'restablecer una contraseña', 'Contraseña restablecida. Entréguela al usuario por un canal seguro.');
