// `npm run bench:sla`: the working calendar by day numbers against the previous string-based code, on the
// same 10 000 seeded (start, term) pairs as the equivalence test. Results are in docs/benchmarks.md ("Calendario hábil").
import { cpus, loadavg } from 'node:os';
import { computeSlaDeadline } from '../lib/domain/sla';
import { slaSchedule } from '../lib/domain/sla-schedule';
import type { WorkingCalendar } from '../lib/domain/working-calendar';
import * as reference from '../lib/domain/working-calendar.reference';
import { type CalendarCase, calendarCases, calendars } from '../lib/domain/working-calendar.cases';

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

type Run = (c: CalendarCase, cal: WorkingCalendar) => number;

// The risk instant as a new ticket gets it: slaSchedule at its creation, nothing paused.
const creation = (c: CalendarCase) => ({ fechaCreacion: c.start, term: c.term, history: [], pauseStopsSla: true });

const measured: Record<string, { fast: Run; slow: Run }> = {
  computeSlaDeadline: {
    fast: (c, cal) => computeSlaDeadline(c.start, c.term, cal).getTime(),
    slow: (c, cal) => reference.computeSlaDeadline(c.start, c.term, cal).getTime(),
  },
  'fechaRiesgoSla (slaSchedule)': {
    fast: (c, cal) => slaSchedule(creation(c), c.start, cal).fechaRiesgoSla.getTime(),
    slow: (c, cal) => reference.slaSchedule(creation(c), c.start, cal).fechaRiesgoSla.getTime(),
  },
};

/**
 * CPU ns per call of one pass over the cases, and what it returned. The process's CPU time, not the
 * wall clock: on a machine shared with other jobs it counts only the work done here.
 */
function pass(run: Run, cases: readonly CalendarCase[], cal: WorkingCalendar): { ns: number; results: Float64Array } {
  const results = new Float64Array(cases.length);
  const began = process.cpuUsage();
  for (let i = 0; i < cases.length; i++) results[i] = run(cases[i]!, cal);
  const spent = process.cpuUsage(began);
  return { ns: ((spent.user + spent.system) * 1000) / cases.length, results };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Warm-up pass, then ROUNDS timed passes; the median ns/op. */
function timed(run: Run, cases: readonly CalendarCase[], cal: WorkingCalendar): { ns: number; results: Float64Array } {
  let { results } = pass(run, cases, cal);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const timedPass = pass(run, cases, cal);
    times.push(timedPass.ns);
    results = timedPass.results;
  }
  return { ns: median(times), results };
}

const sameResults = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
const cell = (text: string, width: number) => text.padStart(width);
const opsPerSecond = (ns: number) => Math.round(1e9 / ns).toLocaleString('en-US');

// Other processes on the machine skew every figure: the load is printed with them.
const load = loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`Node ${process.version}, ${cpus().length} cores, load ${load}; ${CASES.toLocaleString('en-US')} pairs per calendar, median of ${ROUNDS} rounds after a warm-up, CPU time\n`);
console.log(['calendar'.padEnd(14), 'function'.padEnd(30), cell('reference ns/op', 16), cell('ops/s', 9), cell('new ns/op', 10), cell('ops/s', 10), cell('speed-up', 9), '  equal'].join(' '));
let allEqual = true;
for (const name of ['bogota', 'madrid'] as const) {
  const cal = calendars[name]!;
  const cases = calendarCases(cal, CASES);
  for (const [label, { fast, slow }] of Object.entries(measured)) {
    const before = timed(slow, cases, cal);
    const after = timed(fast, cases, cal);
    const equal = sameResults(before.results, after.results);
    allEqual &&= equal;
    console.log(
      [
        name.padEnd(14),
        label.padEnd(30),
        cell(before.ns.toFixed(0), 16),
        cell(opsPerSecond(before.ns), 9),
        cell(after.ns.toFixed(0), 10),
        cell(opsPerSecond(after.ns), 10),
        cell(`× ${(before.ns / after.ns).toFixed(1)}`, 9),
        equal ? '  yes' : '  NO',
      ].join(' '),
    );
  }
}
if (!allEqual) {
  console.error('\nThe new calendar gave a different result on some pair: see the equivalence test.');
  process.exitCode = 1;
}
