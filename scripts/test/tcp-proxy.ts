import { createConnection, createServer, type Socket } from 'node:net';
import { freePort } from '../lib/free-port.mjs';

/** A TCP relay in front of a server (the database), which a test can cut off and bring back. */
export interface TcpProxy {
  /** The loopback port it listens on. */
  port: number;
  /** Destroys every open connection, both sides, and every new one as soon as it arrives. */
  cut(): void;
  /** Relays new connections again. */
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let cut = false;
  const track = (socket: Socket, set: Set<Socket>) => {
    set.add(socket);
    socket.on('close', () => set.delete(socket));
    // A peer's reset ends the pair; it is no failure of the relay.
    socket.on('error', () => {});
  };

  const server = createServer((client) => {
    track(client, open);
    if (cut) {
      client.destroy();
      return;
    }
    const upstream = createConnection(target);
    track(upstream, open);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });

  return {
    port,
    cut() {
      cut = true;
      for (const socket of open) socket.destroy();
    },
    restore() {
      cut = false;
    },
    close() {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
