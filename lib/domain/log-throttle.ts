/**
 * At most one line per interval for a noisy, harmless event (a forged or expired session cookie):
 * `allow()` says whether to write one now, and how many were left out since the last.
 */
export function logThrottle(intervalMs: number, now: () => number = Date.now) {
  let lastAt = -Infinity;
  let skipped = 0;
  return {
    allow(): { log: true; skipped: number } | { log: false } {
      const at = now();
      if (at - lastAt < intervalMs) {
        skipped++;
        return { log: false };
      }
      lastAt = at;
      const result = { log: true as const, skipped };
      skipped = 0;
      return result;
    },
  };
}
