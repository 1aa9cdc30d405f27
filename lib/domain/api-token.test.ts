import { describe, expect, it } from 'vitest';
import { generateApiToken, hashApiToken, readBearerToken } from './api-token';

describe('generateApiToken', () => {
  it('gives mda_ and 43 base64url characters, a 12-character prefix and the SHA-256 of the token', () => {
    const { token, prefix, hash } = generateApiToken();
    expect(token).toMatch(/^mda_[A-Za-z0-9_-]{43}$/);
    expect(prefix).toBe(token.slice(0, 12));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashApiToken(token));
    expect(hash).not.toContain(token.slice(4));
  });

  it('never repeats a token', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateApiToken().token));
    expect(tokens.size).toBe(200);
  });
});

describe('readBearerToken', () => {
  const { token } = generateApiToken();

  it('is undefined without an Authorization header', () => {
    expect(readBearerToken(null)).toBeUndefined();
  });

  it('reads the token of a Bearer header, whatever the scheme case', () => {
    expect(readBearerToken(`Bearer ${token}`)).toBe(token);
    expect(readBearerToken(`bearer ${token}`)).toBe(token);
  });

  it('is null for another scheme or something that cannot be a token of ours', () => {
    expect(readBearerToken(`Basic ${token}`)).toBeNull();
    expect(readBearerToken('Bearer abc')).toBeNull();
    expect(readBearerToken('Bearer')).toBeNull();
    expect(readBearerToken(`Bearer ${token}x`)).toBeNull();
  });
});
