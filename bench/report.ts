// The table of `npm run bench` (docs/benchmarks.md): each measure's medians over the rounds, and the ratios.
import { MEASURES, TARGETS, type TargetName } from './measures';

export interface Sample {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** The target process's CPU time per answer, drain included; null where /proc cannot tell. */
  cpuMsPerRequest: number | null;
  /** Bytes received per answer, headers included. */
  bytesPerAnswer: number | null;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? (a / b).toFixed(2) : '—');

/** How the run was made: the table's heading and the queue's row. */
export interface RunShape {
  rounds: number;
  seconds: number;
  queueTickets: number;
}

/** The one table `npm run bench` prints and writes: medians, ratios, CPU per answer, memory, the queue. */
export function resultTable(samples: Map<string, Sample[]>, rss: Record<TargetName, number | null>, queue: [string, string][], run: RunShape): string {
  const lines = [
    `Mediana de ${run.rounds} ronda(s) de ${run.seconds} s por medida y servidor, intercaladas; req/s cuenta solo respuestas 2xx. ` +
      'CPU: ms de CPU del proceso servidor por respuesta (no depende de que el generador de carga comparta los núcleos).\n',
    '| medida | app req/s | app p50 | app p99 | bare node req/s | bare Next req/s | app / bare Next | app / bare node | CPU ms app / bare Next | bare Next / app (CPU) | no 2xx (app/node/Next) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const m of MEASURES) {
    const of = (t: TargetName) => samples.get(`${m.name}|${t}`);
    // Left out of this run (BENCH_ONLY).
    if (!TARGETS.some(of)) continue;
    const rps = (t: TargetName) => (of(t) ? median(of(t)!.map((s) => s.rps)) : undefined);
    const cpu = (t: TargetName) => {
      const values = (of(t) ?? []).flatMap((s) => (s.cpuMsPerRequest === null ? [] : [s.cpuMsPerRequest]));
      return values.length ? median(values) : undefined;
    };
    const app = of('app') ?? [];
    const errors = TARGETS.map((t) => (of(t) ? String(of(t)!.reduce((n, s) => n + s.non2xx, 0)) : '—')).join('/');
    const [a, n, x] = [rps('app'), rps('node'), rps('next')];
    const [cpuApp, cpuNext] = [cpu('app'), cpu('next')];
    const ms = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(2));
    lines.push(
      `| ${m.name} (${m.connections} conexiones) | ${a !== undefined ? int(a) : '—'} | ${app.length ? `${median(app.map((s) => s.p50))} ms` : '—'} | ${app.length ? `${median(app.map((s) => s.p99))} ms` : '—'} | ${n !== undefined ? int(n) : '—'} | ${x !== undefined ? int(x) : '—'} | ${ratio(a, x)} | ${ratio(a, n)} | ${ms(cpuApp)} / ${ms(cpuNext)} | ${ratio(cpuNext, cpuApp)} | ${errors} |`,
    );
  }
  const mib = (v: number | null) => (v === null ? '—' : `${int(v)} MiB`);
  lines.push(`| Memoria residente (RSS) al terminar | ${mib(rss.app)} | | | ${mib(rss.node)} | ${mib(rss.next)} | | | | | |`);
  for (const [name, ms] of queue) lines.push(`| Cola, ${run.queueTickets.toLocaleString('es-CO')} tickets: ${name} (bench:queue, mediana) | | ${ms} | | | | | | | | |`);
  return lines.join('\n');
}
