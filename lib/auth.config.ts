import type { NextAuthConfig } from 'next-auth';
import { CredentialsSignin } from 'next-auth';
import type { Rol } from '@/lib/domain/actor';
import { logThrottle } from '@/lib/domain/log-throttle';
import { isStaffRole } from '@/lib/domain/permissions';

declare module 'next-auth' {
  interface User {
    role: Rol;
    areas: string[];
  }
  interface Session {
    /** `sid`: the session's own id, given at sign-in, by which signing out ends it on the server. */
    user: { id: string; name: string; role: Rol; areas: string[]; sid: string | null };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    id?: string;
    role?: Rol;
    areas?: string[];
    sid?: string;
  }
}

/** A working day and then some: a stolen or forgotten session does not live for a month. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

const UNREADABLE_SESSION = new Set(['JWTSessionError', 'SessionTokenError']);
const unreadableSessionLog = logThrottle(60_000);

// No database here: the proxy imports it too. The token only says who signed in; every request
// re-reads the user (lib/data/actor.ts).
export const authConfig = {
  // Every failure comes back to the sign-in page, worded in Spanish there, never Auth.js's English error page.
  pages: { signIn: '/login', error: '/login' },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.id = user.id;
        token.name = user.name;
        token.role = user.role;
        token.areas = user.areas;
        token.sid = crypto.randomUUID();
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
        session.user.sid = token.sid ?? null;
      }
      return session;
    },
  },
  logger: {
    // A wrong password is an expected answer, not a server error worth a stack trace in the log. A
    // session cookie that does not decrypt (forged, or from another AUTH_SECRET) is a quiet 401 or
    // redirect to sign-in; it is noted in one line a minute at most, however many arrive.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      if (UNREADABLE_SESSION.has((error as { type?: string }).type ?? '')) {
        const verdict = unreadableSessionLog.allow();
        if (verdict.log) console.warn(`[auth] Cookie de sesión ilegible (falsificada o de otra AUTH_SECRET): se trató como sin sesión${verdict.skipped ? `; ${verdict.skipped} más en el último minuto` : ''}.`);
        return;
      }
      console.error('[auth]', error);
    },
  },
} satisfies NextAuthConfig;
