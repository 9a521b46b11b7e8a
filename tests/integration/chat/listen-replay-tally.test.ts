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
import { at, SHOWCASE_TRANSCRIPT, SOLD_BY_HAND } from '../../helpers/showcase-transcript';

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
    writeFileSync(transcript, SHOWCASE_TRANSCRIPT.join('\n') + '\n');
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

    expect(shown(listened)).toEqual(SOLD_BY_HAND);
    expect(shown(replayed)).toEqual(SOLD_BY_HAND);
    // The whole tally, chart and bands included, runs over the stream's own minutes either way.
    const comparable = (tally: SessionTally) => ({ ...tally, session: undefined, sessionId: undefined, sessions: undefined });
    expect(comparable(listened)).toEqual(comparable(replayed));
    expect([listened.startedAt, listened.endedAt]).toEqual([at('00:00.000'), at('05:00.000')]);
  });
});
