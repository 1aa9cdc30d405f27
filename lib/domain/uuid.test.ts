import { describe, expect, it } from 'vitest';
import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts a UUID in either case and refuses anything else', () => {
    expect(isUuid('6f0f3c2a-1b2c-4d5e-8f90-123456789abc')).toBe(true);
    expect(isUuid('6F0F3C2A-1B2C-4D5E-8F90-123456789ABC')).toBe(true);
    expect(isUuid('no-es-un-id')).toBe(false);
    expect(isUuid('6f0f3c2a-1b2c-4d5e-8f90-123456789abc ')).toBe(false);
  });
});
