import { Prisma } from '@/generated/prisma/client';

/**
 * Hot statements run as prepared statements: each connection parses and plans them once
 * (docs/performance.md). A statement opts in with `prepared(name, sql)`; everything else stays
 * unnamed, so the board's many filter combinations never fill a connection with plans.
 */
const MARK = '/* prepared:';

export function prepared(name: string, sql: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`${MARK}${name} */`)} ${sql}`;
}

const names = new Map<string, string>();

/** The adapter's statement name: one per distinct text of a marked statement (its branches differ in text). */
export function statementName(query: { sql: string }): string | undefined {
  if (!query.sql.startsWith(MARK)) return undefined;
  let name = names.get(query.sql);
  if (name === undefined) {
    name = `${query.sql.slice(MARK.length, query.sql.indexOf(' */'))}_${names.size}`;
    names.set(query.sql, name);
  }
  return name;
}
