// A rehearsal running in the app (desktop or `serve`) and a command run on the
// same order book meanwhile: the command must not take the open rehearsal for
// one a crash left behind and end it. `tally` only reads: it writes nothing.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { createApp, type App } from '../../src/app/create-app';
import { loadMigrations, migrate, schemaVersion } from '../../src/adapters/sqlite/migrate';
import { makeTempDir } from '../helpers/temp-dir';

const CLI = fileURLToPath(new URL('../../bin/ocop-live.mjs', import.meta.url));

const CATALOG = [
  'code,name,price,unit,stock,aliases,ocop_stars,description',
  'MO1,Mật ong rừng U Minh 500ml,180000,chai,30,mật ong rừng,4,',
  'KG1,Khô gà lá chanh 200g,95000,hũ,10,khô gà,3,',
].join('\n');

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** Not spawnSync: the app's rehearsal keeps running in this process while the command runs. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

/** The app a seller works in, with a slow rehearsal (its audience's first comment would come after 10 s) and practice orders. */
async function rehearsing(): Promise<{ app: App; dir: string; sessionId: number; sessionName: string }> {
  const temp = makeTempDir('ocop-cli-rehearsal-');
  const app = createApp({ dataDir: temp.dir, mode: 'test', recoverCrashedRehearsals: true });
  cleanups.push(temp.cleanup, () => app.close());
  await app.call('importCatalogCsv', { csv: CATALOG });
  await app.call('setRepeatWindow', { seconds: 0 });
  const learnerId = (await app.call('createLearner', { name: 'Lò Thị Mai', className: '' })).id;
  const started = await app.call('startRehearsal', { learnerId, commentsPerMinute: 6, minutes: 60, seed: 3 });
  let n = 0;
  for (const [user, text] of [['Lan', 'MO1 x2'], ['Hùng', 'lấy 3 khô gà'], ['Tú', 'KG1 x1']]) {
    n += 1;
    await app.context.ingest.submit(
      { platform: 'simulator', messageId: `p-${n}`, userId: `sim-${user}`, userName: user!, text: text!, sentAt: app.context.now().toISOString() },
      { sessionId: started.sessionId },
    );
  }
  const session = app.context.live.get(started.sessionId)!;
  return { app, dir: temp.dir, sessionId: started.sessionId, sessionName: session.name };
}

function practiceState(app: App, sessionId: number) {
  const db = app.context.db;
  return {
    ended: db.prepare('SELECT ended_at IS NOT NULL FROM stream_sessions WHERE id = ?').pluck().get(sessionId),
    orders: db.prepare('SELECT status FROM orders WHERE session_id = ? ORDER BY id').pluck().all(sessionId),
    stock: Object.fromEntries(app.context.products.list().map((p) => [p.code, p.stock])),
  };
}

describe('a command on the order book while the app runs a rehearsal', () => {
  it('ocop-live tally on the same file reads the practice orders, writes nothing, and the rehearsal keeps running with its orders', async () => {
    const { app, dir, sessionId, sessionName } = await rehearsing();
    const before = practiceState(app, sessionId);
    expect(before).toEqual({ ended: 0, orders: ['pending', 'pending', 'pending'], stock: { MO1: 28, KG1: 6 } });
    // Counts commits made by any other connection to this file.
    const dataVersion = () => app.context.db.pragma('data_version', { simple: true });
    const versionBefore = dataVersion();

    const run = await cli(['tally', '--db', join(dir, 'ocop-live.db'), '--session', sessionName]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const tally = JSON.parse(run.stdout) as { orders: number; items: Record<string, { quantity: number }> };
    expect(tally.orders).toBe(3);
    expect(tally.items.KG1?.quantity).toBe(4);

    expect(dataVersion()).toBe(versionBefore);
    expect(practiceState(app, sessionId)).toEqual(before);
    expect(await app.call('getRehearsal', {})).toMatchObject({ sessionId });
    expect((await app.call('getLiveState', {})).session).toMatchObject({ id: sessionId, kind: 'rehearsal', endedAt: null });

    // And it ends as a rehearsal should: the practice stock goes back then.
    await app.call('abandonRehearsal', {});
    expect(practiceState(app, sessionId)).toMatchObject({ ended: 1, orders: ['cancelled', 'cancelled', 'cancelled'], stock: { MO1: 30, KG1: 10 } });
  });

  it('ocop-live replay into the same file leaves the rehearsal running with its orders', async () => {
    const { app, dir, sessionId } = await rehearsing();
    const before = practiceState(app, sessionId);
    const transcript = join(dir, 'other-stream.jsonl');
    writeFileSync(transcript, JSON.stringify({ id: 'x1', platform: 'tiktok', user: 'Hoa', text: 'TR9 x1', ts: '2026-11-22T12:00:00Z' }) + '\n');
    const catalog = join(dir, 'tea.csv');
    writeFileSync(catalog, 'code,name,price,unit,stock,aliases,ocop_stars\nTR9,Trà shan tuyết,120000,gói,5,,\n');

    const run = await cli(['replay', transcript, '--catalog', catalog, '--db', join(dir, 'ocop-live.db'), '--session', 'Replay trà']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('đơn hàng (orders): 1');

    // The practice orders still hold their stock; the replay's tea is its own.
    expect(practiceState(app, sessionId)).toEqual({ ...before, stock: { ...before.stock, TR9: 4 } });
    expect(await app.call('getRehearsal', {})).toMatchObject({ sessionId });
  });
});

describe('ocop-live tally on a book an older app wrote', () => {
  it('brings it up to date, as opening it in the app would, then tallies it', async () => {
    const temp = makeTempDir('ocop-cli-old-book-');
    cleanups.push(temp.cleanup);
    const path = join(temp.dir, 'old.db');
    const migrations = loadMigrations();
    const old = new BetterSqlite3(path);
    migrate(old, migrations.slice(0, 1));
    old.close();

    const run = await cli(['tally', '--db', path]);
    expect(run.stderr).toContain('Chưa có phiên live nào (there is no session yet)');
    expect(run.code).toBe(1);
    const book = new BetterSqlite3(path, { readonly: true });
    try {
      expect(schemaVersion(book)).toBe(migrations.at(-1)!.id);
    } finally {
      book.close();
    }
  });
});
