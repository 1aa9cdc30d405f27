import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../lib/free-port.mjs';

/** Another instance of the built app, beside the one `npm test` runs (the `http` test project). */
export interface AppInstance {
  url: string;
  child: ChildProcess;
  /** Its stdout and stderr, for the message of a failure. */
  output: string[];
  /** SIGTERM, then its exit (at once if it had already ended). */
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');


/** Starts scripts/server.mjs on the test database, with `env` over the test's own, and waits until it answers. */
export async function startAppInstance(env: Record<string, string> = {}): Promise<AppInstance> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'server.mjs'), '--port', String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: process.env.MESA_TEST_DATABASE_URL, MAIL_WORKER: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const instance = { url, child, output, stop };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`La instancia salió: ${output.join('').slice(-2000)}`);
    try {
      if ((await fetch(`${url}/api/estados`)).ok) return instance;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  await instance.stop();
  throw new Error(`La instancia en ${url} no respondió: ${output.join('').slice(-2000)}`);
}
