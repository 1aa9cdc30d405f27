import { inject } from 'vitest';

// Before any module under test reads its configuration.
process.env.DATABASE_URL = inject('databaseUrl');
if (inject('embeddedDatabase')) process.env.DATABASE_POOL_MAX = '4';
