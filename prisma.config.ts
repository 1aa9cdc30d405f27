// Prisma 7 reads the database URL here, not in the schema. The CLI runs through `node scripts/prisma.mjs`,
// which supplies the offline schema engine (docs/offline-prisma.md).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
  },
  datasource: {
    // Not Prisma's env(): it throws when the variable is unset, which would break even
    // `prisma generate`, which needs no database.
    url: process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/mesa',
    // Optional: a disposable database for commands that replay migrations. Without it the
    // engine creates (and drops) a temporary one, or an in-memory PGlite for PGlite.
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
