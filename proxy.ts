import { NextResponse, type NextRequest } from 'next/server';
import { databaseReachable } from '@/lib/data/database-reachable';

// Auth.js's session cookie, plain over http and with the __Secure- prefix over https (split into
// name.0, name.1… when large).
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/** Shown with status 503 in place of a staff page while the database cannot be reached. */
const UNAVAILABLE_PAGE = '/servicio-no-disponible';

/**
 * Only a courtesy: every staff page, action and route handler checks the actor itself (lib/data/actor.ts).
 * It never writes the cookie: refreshing the session here raced with sign-out, putting back a deleted cookie.
 */
export async function proxy(request: NextRequest) {
  const signedIn = request.cookies.getAll().some(({ name }) => SESSION_COOKIES.some((s) => name === s || name.startsWith(`${s}.`)));
  if (!signedIn) {
    const login = new URL('/login', request.nextUrl.origin);
    login.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(login);
  }
  if (await databaseReachable()) return NextResponse.next();
  return NextResponse.rewrite(new URL(UNAVAILABLE_PAGE, request.nextUrl.origin), { status: 503, headers: { 'Retry-After': '5', 'Cache-Control': 'no-store' } });
}

export const config = { matcher: ['/panel', '/panel/:path*'] };
