import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, clientAddress } from './client-address';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('clientAddress', () => {
  it('uses the socket address the server stamped, and ignores X-Forwarded-For when the proxy is not trusted', () => {
    const h = headers({ [CLIENT_ADDRESS_HEADER]: '203.0.113.7', 'x-forwarded-for': '198.51.100.1' });
    expect(clientAddress(h, false)).toBe('203.0.113.7');
  });

  it('takes the first X-Forwarded-For address behind a trusted proxy', () => {
    const h = headers({ [CLIENT_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': ' 198.51.100.1 , 10.0.0.1' });
    expect(clientAddress(h, true)).toBe('198.51.100.1');
  });

  it('falls back to the socket behind a trusted proxy that sent no X-Forwarded-For', () => {
    expect(clientAddress(headers({ [CLIENT_ADDRESS_HEADER]: '10.0.0.2' }), true)).toBe('10.0.0.2');
  });

  it('treats an IPv4 client on a dual-stack socket as its IPv4 address', () => {
    expect(clientAddress(headers({ [CLIENT_ADDRESS_HEADER]: '::ffff:192.0.2.9' }), false)).toBe('192.0.2.9');
  });

  it('groups requests with no known address under one key', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '198.51.100.1' }), false)).toBe('desconocido');
  });
});
