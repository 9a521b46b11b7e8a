// A transcript replayed through a chat source (`ocop-live listen --source
// replay:FILE`, as the Live screen's sources panel does) gives the same tally
// as `ocop-live replay`: orders carry the transcript's times, so "sold while
// shown" counts against the showcase the transcript records. Real processes,
// real SQLite files.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionTally } from '../../../src/core/reports/tally';
import { fixturePath } from '../../helpers/fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const CLI = fileURLToPath(new URL('../../../bin/ocop-live.mjs', import.meta.url));

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

// A stream of 22/11/2026, replayed today; the same as tests/integration/tally.test.ts counts by hand.
const at = (clock: string) => `2026-11-22T12:${clock}Z`;
const line = (id: string, user: string, text: string, clock: string, showcase?: string | null) =>
  JSON.stringify({ id, platform: 'tiktok', user, userId: user, text, ts: at(clock), ...(showcase === undefined ? {} : { showcase }) });
const TRANSCRIPT = [
  line('r1', 'Lan', 'chốt 2 chai mật ong', '00:00', 'MO1'), //  MO1 ×2, MO1 on screen
  line('r2', 'Minh', '+1', '00:40'), //                          MO1 ×1 (cancelled below)
  line('r3', 'Hoa', 'CF2 x3', '01:20', 'CF2'), //                CF2 ×3, CF2 on screen
  line('r4', 'Lan', 'CF2 x1', '01:50'), //                       CF2 ×1, CF2 on screen
  line('r5', 'Tuấn', 'CF2 x2', '02:30', 'KS1'), //               CF2 ×2 while KS1 is shown
  line('r6', 'Hoa', 'KS1 x1', '02:45'), //                       KS1 ×1, KS1 on screen
  line('r7', 'Bình', '+1', '03:10', 'MO1'), //                   MO1 ×1, MO1 on screen again
  line('r8', 'Tuấn', 'KS1 x1', '03:30'), //                      KS1 ×1 while MO1 is shown
  line('r9', 'Vy', 'chốt 1 chai mật ong', '04:00', null), //     MO1 ×1, nothing on screen
  line('r10', 'Minh', 'hủy đơn', '05:00'), //                    Minh's order cancelled
];

async function tallyOf(db: string, session: string): Promise<SessionTally> {
  const run = await cli(['tally', '--db', db, '--session', session]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as SessionTally;
}

const shown = (tally: SessionTally) =>
  Object.fromEntries(Object.entries(tally.items).map(([code, item]) => [code, { quantity: item.quantity, quantityWhileShown: item.quantityWhileShown }]));

describe('a transcript replayed through a chat source', () => {
  it('ocop-live listen --source replay:FILE tallies what sold while shown as the replay command does, by the transcript’s clock', async () => {
    const temp = makeTempDir('ocop-listen-replay-');
    cleanups.push(temp.cleanup);
    const transcript = join(temp.dir, 'live-22-11.jsonl');
    writeFileSync(transcript, TRANSCRIPT.join('\n') + '\n');
    const catalog = fixturePath('catalog-live.csv');
    const viaListen = join(temp.dir, 'listen.db');
    const viaReplay = join(temp.dir, 'replay.db');

    // 1000 × real time: the five minutes of the stream in a third of a second.
    const listen = await cli(['listen', '--source', `replay:${transcript}`, '--speed', '1000', '--catalog', catalog, '--db', viaListen, '--session', 'Live 22/11']);
    expect(listen.code).toBe(0);
    expect(listen.stdout.split('\n').filter((l) => l.includes('"type":"comment"'))).toHaveLength(10);
    const replay = await cli(['replay', transcript, '--catalog', catalog, '--db', viaReplay, '--session', 'Live 22/11']);
    expect(replay.code).toBe(0);

    const listened = await tallyOf(viaListen, 'Live 22/11');
    const replayed = await tallyOf(viaReplay, 'Live 22/11');
    const byHand = {
      MO1: { quantity: 2 + 1 + 1, quantityWhileShown: 2 + 1 },
      CF2: { quantity: 3 + 1 + 2, quantityWhileShown: 3 + 1 },
      KS1: { quantity: 1 + 1, quantityWhileShown: 1 },
    };
    expect(shown(listened)).toEqual(byHand);
    expect(shown(replayed)).toEqual(byHand);
    // The whole tally, chart and bands included, runs over the stream's own minutes either way.
    const comparable = (tally: SessionTally) => ({ ...tally, session: undefined, sessionId: undefined, sessions: undefined });
    expect(comparable(listened)).toEqual(comparable(replayed));
    expect([listened.startedAt, listened.endedAt]).toEqual([at('00:00.000'), at('05:00.000')]);
  });
});
