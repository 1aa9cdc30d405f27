// The processes `npm run bench` measures: each on a free port of its own, stopped by their id.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Target {
  name: string;
  baseUrl: string;
  process: ChildProcess;
}


/** Any HTTP answer will do: the target is listening. */
async function waitForServer(target: Target, path: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (target.process.exitCode !== null) throw new Error(`${target.name} terminó con código ${target.process.exitCode} antes de responder.`);
    try {
      await fetch(`${target.baseUrl}${path}`);
      return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${target.name} no respondió en ${target.baseUrl} a tiempo.`);
}

export async function startTarget(name: string, command: string[], options: { cwd: string; env: NodeJS.ProcessEnv; port: number; readyPath: string }): Promise<Target> {
  const child = spawn(process.execPath, command, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'inherit', 'inherit'] });
  const target = { name, baseUrl: `http://127.0.0.1:${options.port}`, process: child };
  await waitForServer(target, options.readyPath);
  return target;
}

export async function stopTarget(target: Target): Promise<void> {
  if (target.process.exitCode !== null || target.process.signalCode !== null) return;
  const exited = new Promise((r) => target.process.once('exit', r));
  target.process.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  if (target.process.exitCode === null && target.process.signalCode === null) target.process.kill('SIGKILL');
}

/** Resident memory in MiB, from /proc (Linux). */
export function rssMiB(target: Target): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${target.process.pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

let clockTicks: number | undefined;

/**
 * The CPU time the target's process has used so far, in ms (user + system, from /proc, Linux): unlike
 * req/s, it does not depend on the load generator sharing the cores.
 */
export function cpuMs(target: Target): number | null {
  try {
    // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14th and 15th.
    const stat = readFileSync(`/proc/${target.process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return null;
  }
}
