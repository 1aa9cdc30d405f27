import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth.config';

const { auth } = NextAuth(authConfig);

/**
 * Sends anonymous visitors of the staff panel to /login and back afterwards. Only a courtesy:
 * every staff page, action and route handler checks the actor itself (lib/data/actor.ts).
 */
export const proxy = auth((request) => {
  if (request.auth?.user?.id) return NextResponse.next();
  const login = new URL('/login', request.nextUrl.origin);
  login.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
});

export const config = { matcher: ['/panel', '/panel/:path*'] };
