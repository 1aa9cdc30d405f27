// The processes `npm run bench` measures: each on a free port of its own, stopped by their id.
import { spawn, type ChildProcess } from 'node:child_process';
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
