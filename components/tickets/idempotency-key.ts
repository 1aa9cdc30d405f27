/** A fresh Idempotency-Key for one attempt of a form. crypto.randomUUID exists only in secure contexts; plain-HTTP intranets fall back to getRandomValues. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
