import 'server-only';
import { pool } from '@/lib/db-pool';

/** How long one answer stands for every staff page that asks (docs/deploy.md). */
export const REACHABILITY_TTL_MS = 1_000;

interface Check {
  answer: Promise<boolean>;
  /** When it settled; a check still waiting for its connection is shared by everyone who asks. */
  settledAt?: number;
}

const memo = globalThis as unknown as { mesaDatabaseReachable?: Check };

/** One trivial statement on the process's pool; it throws while the database cannot be reached. */
export async function pingDatabase(): Promise<void> {
  await pool().query('SELECT 1');
}

/**
 * Whether the database answered a trivial statement, asked at most once a second per instance: the proxy
 * answers staff pages 503 while it cannot be reached, instead of letting each render fail into a 500.
 */
export function databaseReachable(): Promise<boolean> {
  const last = memo.mesaDatabaseReachable;
  if (last && (last.settledAt === undefined || Date.now() - last.settledAt < REACHABILITY_TTL_MS)) return last.answer;
  const check: Check = {
    answer: pingDatabase().then(
      () => true,
      () => false,
    ),
  };
  void check.answer.then(() => (check.settledAt = Date.now()));
  memo.mesaDatabaseReachable = check;
  return check.answer;
}
