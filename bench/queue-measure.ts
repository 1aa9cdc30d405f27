import type pg from 'pg';

export interface Measured {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** PostgreSQL's own execution time for the statement (EXPLAIN ANALYZE). */
  serverMs: number | null;
  planLines: string[];
  seqScanOnTickets: boolean;
}

/** Median, min and max wall time of `runs` calls, after one warm-up call. */
export async function time(fn: () => Promise<unknown>, runs: number): Promise<{ medianMs: number; minMs: number; maxMs: number }> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, minMs: samples[0]!, maxMs: samples.at(-1)! };
}

/** A Prisma.Sql's text ($1 … placeholders) and values, as node-postgres takes them. */
export interface Statement {
  text: string;
  values: unknown[];
}

const KEY_LINE = /Scan|Limit|Append|Sort|Aggregate|Nested Loop|Hash|Execution Time|Planning Time|Buffers: shared/;

export async function explain(client: pg.Client, statement: Statement): Promise<Pick<Measured, 'serverMs' | 'planLines' | 'seqScanOnTickets'>> {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values);
  const lines = rows.map((r) => r['QUERY PLAN']);
  const execution = lines.find((l) => l.startsWith('Execution Time'));
  return {
    serverMs: execution ? Number(/([\d.]+) ms/.exec(execution)?.[1]) : null,
    planLines: lines.filter((l) => KEY_LINE.test(l)),
    seqScanOnTickets: lines.some((l) => /Seq Scan on tickets/.test(l)),
  };
}

const fmt = (ms: number | null) => (ms === null ? '—' : `${ms.toFixed(1)} ms`);

/** The results as a Markdown table, for docs/benchmarks.md. */
export function table(results: Measured[]): string {
  const head = '| consulta | mediana (función) | mín – máx | PostgreSQL (EXPLAIN ANALYZE) | Seq Scan en tickets |\n|---|---|---|---|---|';
  const rows = results.map((r) => `| ${r.name} | ${fmt(r.medianMs)} | ${fmt(r.minMs)} – ${fmt(r.maxMs)} | ${fmt(r.serverMs)} | ${r.seqScanOnTickets ? 'sí' : 'no'} |`);
  return [head, ...rows].join('\n');
}
