// `npm run bench:profile -- <file.cpuprofile> [top]`: where a CPU profile written by `npm run bench`
// (BENCH_CPU_PROF) spends its samples — by package, by function (self) and by function with callees.
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('Uso: npm run bench:profile -- <archivo.cpuprofile> [cuántas funciones]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const { nodes } = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
const byId = new Map(nodes.map((n) => [n.id, n]));
const total = nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
const idle = nodes.filter((n) => n.callFrame.functionName === '(idle)').reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
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
const pct = (hits: number) => `${((100 * hits) / busy).toFixed(1)} %`;

function topOf(counts: Map<string, number>, n: number): string[] {
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, hits]) => `  ${pct(hits).padStart(7)}  ${key}`);
}

const selfByOrigin = new Map<string, number>();
const selfByFrame = new Map<string, number>();
for (const n of nodes) {
  if (!n.hitCount || n.callFrame.functionName === '(idle)') continue;
  selfByOrigin.set(origin(n.callFrame), (selfByOrigin.get(origin(n.callFrame)) ?? 0) + n.hitCount);
  selfByFrame.set(frame(n), (selfByFrame.get(frame(n)) ?? 0) + n.hitCount);
}

// With callees: each sample counted once per function, however deep a recursion repeats it.
const inclusive = new Map<string, number>();
const onPath = new Map<string, number>();
function subtree(id: number): number {
  const n = byId.get(id)!;
  const key = frame(n);
  onPath.set(key, (onPath.get(key) ?? 0) + 1);
  let hits = n.callFrame.functionName === '(idle)' ? 0 : (n.hitCount ?? 0);
  for (const child of n.children ?? []) hits += subtree(child);
  const depth = onPath.get(key)! - 1;
  if (depth === 0) {
    inclusive.set(key, (inclusive.get(key) ?? 0) + hits);
    onPath.delete(key);
  } else onPath.set(key, depth);
  return hits;
}
subtree(nodes[0]!.id);

console.log(`${file}: ${total} muestras; ${((100 * idle) / total).toFixed(1)} % en espera (idle), fuera de la cuenta; porcentajes sobre las ${busy} ocupadas.\n`);
console.log('Propio, por origen:');
console.log(topOf(selfByOrigin, 20).join('\n'));
console.log(`\nPropio, por función (las ${top} primeras):`);
console.log(topOf(selfByFrame, top).join('\n'));
console.log(`\nCon lo que llama, por función (las ${top} primeras):`);
console.log(topOf(inclusive, top).join('\n'));
