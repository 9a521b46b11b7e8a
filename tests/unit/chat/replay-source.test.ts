import { describe, expect, it } from 'vitest';
import { ReplaySource, type ReplayEntry } from '../../../src/adapters/chat/replay/replay-source';
import { recordSource } from '../../helpers/source-recorder';

const entry = (id: string, atMs: number, showcase?: string | null): ReplayEntry => ({
  message: { platform: 'tiktok', messageId: id, userId: `u-${id}`, userName: id, text: `MO1 x1 ${id}`, sentAt: new Date(atMs).toISOString() },
  atMs,
  ...(showcase !== undefined ? { showcase } : {}),
});

describe('replaying a saved transcript as a source', () => {
  it('keeps the gaps between comments divided by the speed, hands on showcase changes, then ends', async () => {
    const t0 = Date.UTC(2025, 0, 1);
    const showcases: (string | null)[] = [];
    const source = new ReplaySource({
      name: 'buoi-live.jsonl',
      speed: 10,
      entries: () => [entry('a', t0, 'MO1'), entry('b', t0 + 1000), entry('c', t0 + 3000, null)],
      onShowcase: (code) => showcases.push(code),
    });
    const seen = recordSource(source);
    const started = performance.now();
    source.start();
    await seen.until(() => source.state.kind === 'ended', 3000);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(2500); // generous: a loaded CI machine
    expect(seen.messages.map((m) => m.messageId)).toEqual(['a', 'b', 'c']);
    expect(showcases).toEqual(['MO1', null]);
    expect(source.state).toMatchObject({ reason: { code: 'REPLAY_DONE' } });
  });

  it('continues after the last comment it gave when reading fails half way, without repeating', async () => {
    let reads = 0;
    async function* flaky(): AsyncGenerator<ReplayEntry> {
      reads += 1;
      yield entry('a', 0);
      yield entry('b', 0);
      if (reads === 1) throw new Error('disk hiccup');
      yield entry('c', 0);
    }
    const source = new ReplaySource({ name: 'x', speed: Infinity, entries: flaky, backoff: { initialMs: 10, maxMs: 20 } });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source.state.kind === 'ended', 3000);
    expect(seen.messages.map((m) => m.messageId)).toEqual(['a', 'b', 'c']);
    expect(seen.kinds()).toContain('reconnecting');
  });
});
