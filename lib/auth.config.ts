import type { NextAuthConfig } from 'next-auth';
import { CredentialsSignin } from 'next-auth';
import type { Rol } from '@/lib/domain/actor';
import { isStaffRole } from '@/lib/domain/permissions';

declare module 'next-auth' {
  interface User {
    role: Rol;
    areas: string[];
  }
  interface Session {
    user: { id: string; name: string; role: Rol; areas: string[] };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    id?: string;
    role?: Rol;
    areas?: string[];
  }
}

// No database here: the proxy imports it too. The token only says who signed in; every request
// re-reads the user (lib/data/actor.ts).
export const authConfig = {
  pages: { signIn: '/login' },
  // A working day and then some: a stolen or forgotten session does not live for a month.
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.id = user.id;
        token.name = user.name;
        token.role = user.role;
        token.areas = user.areas;
      }
      return token;
    },
    session({ session, token }) {
      // Only a token naming a user and a staff role makes a staff session.
      if (token.id && isStaffRole(token.role)) {
        session.user.id = token.id;
        session.user.name = token.name ?? '';
        session.user.role = token.role;
        session.user.areas = token.areas ?? [];
      }
      return session;
    },
  },
  logger: {
    // A wrong password is an expected answer, not a server error worth a stack trace in the log.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error('[auth]', error);
    },
  },
} satisfies NextAuthConfig;
