'use server';

import { signOut } from '@/lib/auth';

/** Ends the staff session and goes back to /login. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/login' });
}
