// The rest of the suite reads the configuration anew every time (scripts/test/setup-env.ts); these turn
// the cache on for a test file, and back off after it.
import { afterAll } from 'vitest';
import { reloadConfig } from '@/lib/config';
import { resetConfigCache } from '@/lib/data/config-cache';

/** Registers the restore of the suite's settings after the file; returns the switch. */
export function configCacheSwitch(): (listen: boolean, maxAgeMs: number) => void {
  const saved = { listen: process.env.CONFIG_LISTEN, maxAge: process.env.CONFIG_MAX_AGE_MS };
  afterAll(() => {
    process.env.CONFIG_LISTEN = saved.listen;
    process.env.CONFIG_MAX_AGE_MS = saved.maxAge;
    reloadConfig();
    resetConfigCache();
  });
  return (listen, maxAgeMs) => {
    process.env.CONFIG_LISTEN = listen ? '1' : '0';
    process.env.CONFIG_MAX_AGE_MS = String(maxAgeMs);
    reloadConfig();
    resetConfigCache();
  };
}
