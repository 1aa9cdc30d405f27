// scripts/server.mjs sets it to the socket's address, overwriting whatever a client sent.
export const CLIENT_ADDRESS_HEADER = 'x-mesa-client-address';

// Without `trustProxy` X-Forwarded-For is ignored: any client can write it.
export function clientAddress(headers: Pick<Headers, 'get'>, trustProxy: boolean): string {
  if (trustProxy) {
    const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (first) return normalise(first);
  }
  const socket = headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  return socket ? normalise(socket) : 'desconocido';
}

/** IPv4 clients of a dual-stack socket arrive as ::ffff:a.b.c.d: one client, one key. */
function normalise(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1').slice(0, 100);
}
