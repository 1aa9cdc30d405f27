import 'server-only';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from '@/lib/auth.config';
import { verifyStaffCredentials } from '@/lib/data/staff-credentials';
import { signInSchema } from '@/lib/validation/sign-in';

/** Auth.js for staff (SPEC §6 /login): email and password, JWT sessions signed with AUTH_SECRET. */
export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: 'Correo electrónico', type: 'email' }, password: { label: 'Contraseña', type: 'password' } },
      // Every failure returns null, so Auth.js answers a wrong password, an unknown email and an
      // inactive user the same way. The password is never logged.
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        return verifyStaffCredentials(parsed.data);
      },
    }),
  ],
});
