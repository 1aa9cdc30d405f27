/**
 * The header the app's server (scripts/server.mjs) sets on every request to the address of the
 * socket it came on, overwriting whatever a client sent.
 */
export const CLIENT_ADDRESS_HEADER = 'x-mesa-client-address';

/**
 * Who is asking, for the rate limits: with `trustProxy`, the first address of
 * X-Forwarded-For (what the proxy in front saw); otherwise the socket's address, and
 * X-Forwarded-For is ignored, since any client can write it.
 */
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
