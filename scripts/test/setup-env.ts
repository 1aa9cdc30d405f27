import { inject } from 'vitest';
// @ts-expect-error plain ESM helpers shared with the scripts
import { EMBEDDED_DATABASE_ENV } from '../embedded-db.mjs';
// @ts-expect-error plain ESM helpers shared with the scripts
import { RATE_LIMITS_OFF } from './rate-limits-off.mjs';

// Before any module under test reads its configuration.
process.env.DATABASE_URL = inject('databaseUrl');
if (inject('embeddedDatabase')) Object.assign(process.env, EMBEDDED_DATABASE_ENV);
Object.assign(process.env, RATE_LIMITS_OFF);
// The tests write the configuration straight into the database: this process reads it anew every time rather
// than depend on when a notification arrives (lib/data/config-cache.int.test.ts tests the cache itself).
process.env.CONFIG_LISTEN = '0';
process.env.CONFIG_MAX_AGE_MS = '0';
process.env.MESA_TEST_DATABASE_EMBEDDED = inject('embeddedDatabase') ? '1' : '0';
