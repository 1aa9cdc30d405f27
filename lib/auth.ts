import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from '@/lib/auth.config';
import { revokeSession } from '@/lib/data/revoked-sessions';
import { verifyStaffCredentials } from '@/lib/data/staff-credentials';
import { RateLimitedError } from '@/lib/errors';
import { limitSignIn, signInSucceeded } from '@/lib/rate-limit/rules';
import { signInSchema } from '@/lib/validation/sign-in';

/** Too many attempts on one account: the one failure the form words differently. */
export class SignInRateLimited extends CredentialsSignin {
  override code = 'rate_limited';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  events: {
    // The cookie is a stateless JWT, readable until it expires: signing out also ends the session on
    // the server, so a copy of the cookie kept elsewhere opens nothing (lib/data/actor.ts).
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (token?.sid) await revokeSession(token.sid, token.exp);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Correo electrónico', type: 'email' }, password: { label: 'Contraseña', type: 'password' } },
      // Every failure returns null: a wrong password, an unknown email and an inactive user look alike.
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          await limitSignIn(parsed.data.email, request.headers);
        } catch (err) {
          if (err instanceof RateLimitedError) throw new SignInRateLimited();
          throw err;
        }
        const user = await verifyStaffCredentials(parsed.data);
        if (user) await signInSucceeded(parsed.data.email, request.headers);
        return user;
      },
    }),
  ],
});
