import 'server-only';
import { verify } from '@node-rs/argon2';
import { db } from '@/lib/db';
import type { Rol } from '@/lib/domain/actor';
import type { SignInInput } from '@/lib/validation/sign-in';

export interface StaffIdentity {
  id: string;
  name: string;
  email: string;
  role: Rol;
  areas: string[];
}

// An argon2id hash (the seed's parameters) of a random password nobody knows: an unknown email
// costs the same verification as a known one, so timing does not reveal which emails exist.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$sskrQ46UdyuENw5H/oK7UA$fNAqIGBMxuSAE0QCBn21kaPf1nTCieoJpIKup9brvfI';

export async function verifyStaffCredentials({ email, password }: SignInInput): Promise<StaffIdentity | null> {
  const user = await db().user.findUnique({
    where: { email },
    select: {
      id: true, name: true, email: true, role: true, active: true, passwordHash: true,
      areas: { select: { area: { select: { name: true } } } },
    },
  });
  const matches = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !matches || !user.active) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, areas: user.areas.map((a) => a.area.name) };
}

async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await verify(hash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, not a server error.
    return false;
  }
}
