import { describe, expect, it } from 'vitest';
import { isRequesterEmail } from './requester-email';

describe('isRequesterEmail', () => {
  it('matches the ticket address in any case', () => {
    expect(isRequesterEmail('Ana.Perez@Example.com', 'ana.perez@example.COM')).toBe(true);
    expect(isRequesterEmail('ana@example.com', 'otra@example.com')).toBe(false);
  });

  it('never matches a ticket without an email, not even an empty address', () => {
    expect(isRequesterEmail(null, 'ana@example.com')).toBe(false);
    expect(isRequesterEmail(null, '')).toBe(false);
    expect(isRequesterEmail(null, 'null')).toBe(false);
  });
});
