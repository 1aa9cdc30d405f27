import { describe, expect, it } from 'vitest';
import { logThrottle } from './log-throttle';

describe('logThrottle', () => {
  it('lets one event through per interval and counts the ones it held back', () => {
    let clock = 1_000_000;
    const throttle = logThrottle(60_000, () => clock);
    expect(throttle.allow()).toEqual({ log: true, skipped: 0 });
    for (let i = 0; i < 500; i++) {
      clock += 100;
      expect(throttle.allow()).toEqual({ log: false });
    }
    clock += 10_000;
    expect(throttle.allow()).toEqual({ log: true, skipped: 500 });
    clock += 59_999;
    expect(throttle.allow()).toEqual({ log: false });
    clock += 1;
    expect(throttle.allow()).toEqual({ log: true, skipped: 1 });
  });
});
