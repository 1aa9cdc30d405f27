import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/scripts/lib/free-port.mjs';
import { type AppInstance, startAppInstance } from '@/scripts/test/app-instance';

// An instance whose Redis refuses every connection (nothing listens on its port), with a small lookup limit.
let instance: AppInstance;
beforeAll(async () => {
  const port = await freePort();
  instance = await startAppInstance({ REDIS_URL: `redis://127.0.0.1:${port}`, RATE_LIMIT_LOOKUP_PER_MINUTE: '2' });
}, 90_000);
afterAll(() => instance?.stop());

const lookup = () =>
  fetch(`${instance.url}/api/tickets/consultar`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ticketLabel: 'TK-2001-00001', email: 'nadie@example.com' }),
  });

describe('with Redis unreachable', () => {
  it('the limits are counted in the instance\'s memory: answers go on, the third lookup in a minute is refused, never a 500', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await lookup()).status);
    expect(statuses).toEqual([404, 404, 429]);
  });

  it('logs a warning that says so, once a minute at most', async () => {
    await expect.poll(() => instance.output.join(''), { timeout: 10_000 }).toContain('Redis no responde');
    const warnings = instance.output.join('').match(/Redis no responde/g) ?? [];
    expect(warnings).toHaveLength(1);
    expect(instance.output.join('')).not.toContain('Unhandled error event');
  });
});
