import { describe, expect, it } from 'vitest';
import { WriteClock } from '../../src/app/ingest/write-clock';

describe('the order book’s write clock', () => {
  it('stamps writes in the same millisecond a millisecond apart, so a later change never looks like the earlier one', () => {
    const clock = new WriteClock(() => new Date('2026-12-04T10:00:00.000Z'));
    expect([clock.stamp(), clock.stamp(), clock.stamp()]).toEqual(['2026-12-04T10:00:00.000Z', '2026-12-04T10:00:00.001Z', '2026-12-04T10:00:00.002Z']);
  });

  it('follows the real clock when it is ahead, and never goes back when the real clock does', () => {
    let now = Date.parse('2026-12-04T10:00:00.000Z');
    const clock = new WriteClock(() => new Date(now));
    expect(clock.stamp()).toBe('2026-12-04T10:00:00.000Z');
    now += 5_000;
    expect(clock.stamp()).toBe('2026-12-04T10:00:05.000Z');
    now -= 60_000; // the machine's clock set back
    expect(clock.stamp()).toBe('2026-12-04T10:00:05.001Z');
  });
});
