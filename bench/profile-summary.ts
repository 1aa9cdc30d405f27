// `npm run bench:profile -- <file.cpuprofile> [top] [--desde s] [--hasta s] [--linea]`: where a CPU
// profile written by `npm run bench` (BENCH_CPU_PROF) spends its samples — by package, by function
// (self) and by function with callees — over the whole process or a window of it, in seconds since
// the profile began; `--linea` prints how busy each second was, to find a measure's window.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { desde: { type: 'string' }, hasta: { type: 'string' }, linea: { type: 'boolean' } },
});
const [file, topArg] = positionals;
if (!file) {
  console.error('Uso: npm run bench:profile -- <archivo.cpuprofile> [cuántas funciones] [--desde s] [--hasta s] [--linea]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const isIdle = (id: number) => byId.get(id)!.callFrame.functionName === '(idle)';

// Each sample's instant, in microseconds since the profile began.
const at: number[] = [];
profile.timeDeltas.reduce((t, delta, i) => (at[i] = t + delta), 0);

if (values.linea) {
  const perSecond: { busy: number; all: number }[] = [];
  profile.samples.forEach((id, i) => {
    const second = (perSecond[Math.floor(at[i]! / 1e6)] ??= { busy: 0, all: 0 });
    second.all++;
    if (!isIdle(id)) second.busy++;
  });
  console.log('segundo: % ocupado');
  perSecond.forEach((s, second) => s && console.log(`${String(second).padStart(4)}: ${'#'.repeat(Math.round((40 * s.busy) / s.all)).padEnd(40)} ${Math.round((100 * s.busy) / s.all)} %`));
  process.exit(0);
}

const from = Number(values.desde ?? 0) * 1e6;
const to = values.hasta === undefined ? Infinity : Number(values.hasta) * 1e6;
const hits = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  if (at[i]! < from || at[i]! > to) return;
  total++;
  hits.set(id, (hits.get(id) ?? 0) + 1);
});
const idle = [...hits].reduce((sum, [id, h]) => sum + (isIdle(id) ? h : 0), 0);
const busy = total - idle;

/** Where a frame's code comes from: a package, Node itself, the app's bundle, or V8's own entries. */
function origin({ functionName, url }: ProfileNode['callFrame']): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg === 'next' && url.includes('/compiled/') ? `next (compiled: ${/compiled\/([^/]+)/.exec(url)?.[1]})` : pkg;
  if (url.includes('/.next')) return /\[externals\]|node_modules/.test(url) ? 'bundle: packages' : 'bundle: app';
  return path.basename(url);
}

const frame = (n: ProfileNode) => `${n.callFrame.functionName || '(anónima)'} ${origin(n.callFrame)}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
const pct = (h: number) => `${((100 * h) / busy).toFixed(1)} %`;

function topOf(counts: Map<string, number>, n: number): string[] {
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, h]) => `  ${pct(h).padStart(7)}  ${key}`);
}

const selfByOrigin = new Map<string, number>();
const selfByFrame = new Map<string, number>();
for (const [id, h] of hits) {
  const n = byId.get(id)!;
  if (isIdle(id)) continue;
  selfByOrigin.set(origin(n.callFrame), (selfByOrigin.get(origin(n.callFrame)) ?? 0) + h);
  selfByFrame.set(frame(n), (selfByFrame.get(frame(n)) ?? 0) + h);
}

// With callees: each sample counted once per function, however deep a recursion repeats it.
const inclusive = new Map<string, number>();
const onPath = new Map<string, number>();
function subtree(id: number): number {
  const n = byId.get(id)!;
  const key = frame(n);
  onPath.set(key, (onPath.get(key) ?? 0) + 1);
  let sum = isIdle(id) ? 0 : (hits.get(id) ?? 0);
  for (const child of n.children ?? []) sum += subtree(child);
  const depth = onPath.get(key)! - 1;
  if (depth === 0) {
    inclusive.set(key, (inclusive.get(key) ?? 0) + sum);
    onPath.delete(key);
  } else onPath.set(key, depth);
  return sum;
}
subtree(profile.nodes[0]!.id);

const window = values.desde || values.hasta ? `, entre los segundos ${values.desde ?? 0} y ${values.hasta ?? 'el final'}` : '';
console.log(`${file}${window}: ${total} muestras; ${((100 * idle) / Math.max(total, 1)).toFixed(1)} % en espera (idle), fuera de la cuenta; porcentajes sobre las ${busy} ocupadas.\n`);
console.log('Propio, por origen:');
console.log(topOf(selfByOrigin, 20).join('\n'));
console.log(`\nPropio, por función (las ${top} primeras):`);
console.log(topOf(selfByFrame, top).join('\n'));
console.log(`\nCon lo que llama, por función (las ${top} primeras):`);
console.log(topOf(inclusive, top).join('\n'));
