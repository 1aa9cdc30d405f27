import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type AppInstance, startAppInstance } from '@/scripts/test/app-instance';
import { ticketBody } from '@/scripts/test/requests';

let instance: AppInstance | undefined;
afterEach(() => instance?.stop());

/** A raw HTTP/1.1 exchange on one socket: what was written, and everything the server sent until it closed. */
function rawExchange(url: string, writes: { afterMs: number; text: string }[], onConnected?: () => void): Promise<{ answer: string; closedAfterMs: number }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname, () => {
      onConnected?.();
      for (const w of writes) setTimeout(() => socket.writable && socket.write(w.text), w.afterMs);
    });
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => resolve({ answer, closedAfterMs: Date.now() - started }));
    socket.on('error', reject);
  });
}

function postHead(url: string, pathname: string, contentLength: number): string {
  const { host } = new URL(url);
  return `POST ${pathname} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${contentLength}\r\nConnection: close\r\n\r\n`;
}

describe('the server of scripts/server.mjs', () => {
  it('cuts a client that stalls its body with 408 after HTTP_REQUEST_TIMEOUT_MS', async () => {
    instance = await startAppInstance({ HTTP_REQUEST_TIMEOUT_MS: '1500' });
    const body = JSON.stringify(ticketBody({}));
    // Half the body, then nothing.
    const { answer, closedAfterMs } = await rawExchange(instance.url, [{ afterMs: 0, text: postHead(instance.url, '/api/tickets/crear', Buffer.byteLength(body)) + body.slice(0, 20) }]);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(closedAfterMs).toBeLessThan(10_000);
  }, 60_000);

  it('on SIGTERM refuses new connections, finishes the request in flight, and exits 0', async () => {
    instance = await startAppInstance();
    const app = instance;
    const body = JSON.stringify(ticketBody({ asunto: 'Enviado durante el apagado' }));
    const exited = new Promise<number | null>((resolve) => app.child.once('exit', (code) => resolve(code)));
    // The body arrives in two parts, the SIGTERM between them.
    const inFlight = rawExchange(
      app.url,
      [
        { afterMs: 0, text: postHead(app.url, '/api/tickets/crear', Buffer.byteLength(body)) + body.slice(0, 30) },
        { afterMs: 1_500, text: body.slice(30) },
      ],
      () => setTimeout(() => app.child.kill('SIGTERM'), 500),
    );
    await new Promise((r) => setTimeout(r, 1_000));
    await expect(fetch(`${app.url}/api/estados`)).rejects.toThrow();
    const { answer } = await inFlight;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toMatch(/"ticketLabel":"TK-\d{4}-\d{5,}"/);
    expect(await exited).toBe(0);
    expect(app.output.join('')).toMatch(/SIGTERM: sin conexiones nuevas/);
  }, 60_000);
});
