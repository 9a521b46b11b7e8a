import { describe, expect, it } from 'vitest';
import { backoffDelay, ReconnectSchedule } from '../../../src/adapters/chat/reconnect';
import { RecentIds } from '../../../src/adapters/chat/recent-ids';
import { redactSecrets } from '../../../src/adapters/chat/chat-source';

describe('reconnect backoff with jitter', () => {
  const options = { initialMs: 1000, maxMs: 30_000, factor: 2, jitter: 0.5 };

  it('doubles the delay each attempt up to the ceiling, with the random share bounded', () => {
    const low = { ...options, random: () => 0 };
    const high = { ...options, random: () => 0.999999 };
    expect([1, 2, 3, 4, 5, 6, 7].map((a) => backoffDelay(a, high))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect([1, 2, 3, 4, 5, 6, 7].map((a) => backoffDelay(a, low))).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000]);
  });

  it('spreads retries of many clients instead of sending them all at once', () => {
    const delays = new Set(Array.from({ length: 200 }, () => backoffDelay(3, options)));
    expect(delays.size).toBeGreaterThan(100);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(2000);
      expect(delay).toBeLessThanOrEqual(4000);
    }
  });

  it('counts attempts, runs one retry at a time, and starts over after a success', async () => {
    const schedule = new ReconnectSchedule({ initialMs: 5, maxMs: 20, jitter: 0 });
    let runs = 0;
    expect(schedule.schedule(() => runs++)).toEqual({ attempt: 1, delayMs: 5 });
    expect(schedule.schedule(() => runs++)).toEqual({ attempt: 2, delayMs: 10 });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(runs).toBe(1);
    schedule.succeeded();
    expect(schedule.schedule(() => runs++).attempt).toBe(1);
    schedule.cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs).toBe(1);
  });
});

describe('the duplicate guard', () => {
  it('lets an id through once and forgets the oldest beyond its capacity', () => {
    const ids = new RecentIds(3);
    expect(['a', 'b', 'a', 'c', 'd'].map((id) => ids.add(id))).toEqual([true, true, false, true, true]);
    expect(ids.has('a')).toBe(false);
    expect(ids.has('d')).toBe(true);
    expect(ids.size).toBe(3);
  });
});

describe('secrets in error text', () => {
  it('masks tokens and keys in URLs', () => {
    expect(redactSecrets('GET https://x/y?access_token=EAAsecret&fields=a&key=AIzaKEY failed')).toBe('GET https://x/y?access_token=***&fields=a&key=*** failed');
  });
});
