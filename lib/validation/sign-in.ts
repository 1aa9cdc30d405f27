import { z } from 'zod';
import { requiredText } from '@/lib/validation/text';

/** Longer passwords are refused before hashing, so a huge body cannot cost argon2 time. */
export const PASSWORD_MAX = 256;

// The email is not checked for form: an unknown email and a wrong password get the same answer.
export const signInSchema = z.object({
  email: requiredText({ label: 'El correo electrónico', max: 254 }).transform((s) => s.toLowerCase()),
  password: z
    .string({ error: 'La contraseña es obligatoria.' })
    .min(1, 'La contraseña es obligatoria.')
    .max(PASSWORD_MAX, `La contraseña debe tener como máximo ${PASSWORD_MAX} caracteres.`),
});

export type SignInInput = z.infer<typeof signInSchema>;

export const BAD_CREDENTIALS_MESSAGE = 'Correo o contraseña incorrectos.';
export const SIGN_IN_RATE_LIMITED_MESSAGE = 'Demasiados intentos de ingreso con esta cuenta o desde esta red. Espere hasta una hora e intente de nuevo.';
export const SIGN_IN_UNAVAILABLE_MESSAGE = 'No pudimos iniciar la sesión en este momento. Intente de nuevo en unos minutos.';
