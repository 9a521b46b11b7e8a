import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { FileSecretStore } from '../../src/adapters/secrets/file-secret-store';
import { openDatabase } from '../../src/adapters/sqlite/open-database';
import { SettingsStore } from '../../src/adapters/sqlite/settings-store';
import { createApp } from '../../src/app/create-app';
import { PASSWORD_KEY, SETTINGS_KEY } from '../../src/app/overlays/obs-service';
import { fixturePath } from '../helpers/fixtures';
import { makeTempDir } from '../helpers/temp-dir';

const CLI = fixturePath('../../bin/ocop-live.mjs');
let temp: ReturnType<typeof makeTempDir> | undefined;
afterEach(() => temp?.cleanup());

function replay(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, 'replay', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TRANSCRIPT = [
  { id: 'r1', platform: 'tiktok', user: 'Lan', text: 'chào shop', ts: '2026-11-22T12:00:00Z', showcase: 'MO1' },
  { id: 'r2', platform: 'tiktok', user: 'Lan', text: '+1', ts: '2026-11-22T12:00:01Z' },
  { id: 'r3', platform: 'tiktok', user: 'Minh', text: 'chốt 2 cà phê', ts: '2026-11-22T12:00:02Z', showcase: 'CF2' },
  { id: 'r4', platform: 'facebook', user: 'Hoa', text: 'chốt', ts: '2026-11-22T12:00:03Z' },
  { id: 'r5', platform: 'tiktok', user: 'Minh', text: 'hủy đơn', ts: '2026-11-22T12:00:04Z' },
];

function setUp(lines: unknown[] = TRANSCRIPT) {
  temp = makeTempDir('ocop-replay-');
  const transcript = join(temp.dir, 'live.jsonl');
  writeFileSync(transcript, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n');
  return { transcript, db: join(temp.dir, 'book.db') };
}

describe('ocop-live replay', () => {
  it('imports the catalog, ingests the transcript as a stream would, prints what it made, and run again changes nothing', () => {
    const { transcript, db } = setUp();
    const run = replay(transcript, '--catalog', fixturePath('catalog-live.csv'), '--db', db, '--session', 'Tối thứ bảy');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Phiên "Tối thứ bảy"');
    expect(run.stdout).toContain('đơn hàng (orders): 2, tổng 330.000 ₫');
    const book = new Database(db, { readonly: true });
    try {
      const orders = book
        .prepare(
          `SELECT c.display_name AS who, o.status, group_concat(p.code || ' x' || i.qty) AS items FROM orders o JOIN customers c ON c.id = o.customer_id
           LEFT JOIN order_items i ON i.order_id = o.id LEFT JOIN products p ON p.id = i.product_id GROUP BY o.id ORDER BY o.id`,
        )
        .all();
      // "+1" while MO1 was on screen, "chốt" after the showcase moved to CF2; Minh cancelled.
      expect(orders).toEqual([
        { who: 'Lan', status: 'pending', items: 'MO1 x1' },
        { who: 'Minh', status: 'cancelled', items: null },
        { who: 'Hoa', status: 'pending', items: 'CF2 x1' },
      ]);
      expect(book.prepare('SELECT count(*) AS n FROM showcase_events').get()).toEqual({ n: 2 });
      expect(book.prepare("SELECT name, kind, ended_at IS NOT NULL AS ended FROM stream_sessions").get()).toEqual({ name: 'Tối thứ bảy', kind: 'replay', ended: 1 });
    } finally {
      book.close();
    }

    const again = replay(transcript, '--catalog', fixturePath('catalog-live.csv'), '--db', db, '--session', 'Tối thứ bảy', '--json');
    expect(again.code).toBe(0);
    const lines = again.stdout.trim().split('\n').map((line) => JSON.parse(line) as { status?: string; summary?: Record<string, unknown> });
    expect(lines.slice(0, -1).every((line) => line.status === 'duplicate')).toBe(true);
    expect(lines.at(-1)!.summary).toMatchObject({ stored: 0, alreadyStored: 5, orders: 2, orderValue: 330_000 });
    const after = new Database(db, { readonly: true });
    try {
      expect(after.prepare('SELECT count(*) AS n FROM chat_messages').get()).toEqual({ n: 5 });
      expect(after.prepare('SELECT count(*) AS n FROM showcase_events').get()).toEqual({ n: 2 });
      // The stock its orders took is kept: the catalog is not imported again into a session being resumed.
      expect(after.prepare("SELECT stock FROM products WHERE code = 'MO1'").get()).toEqual({ stock: 4 });
    } finally {
      after.close();
    }
  });

  it('leaves the seller\'s OBS alone, though the book has a connection saved to reconnect to', async () => {
    // Over two seconds at real speed: time enough for a reconnect to be tried.
    const { transcript, db } = setUp(TRANSCRIPT.map((line, i) => ({ ...line, ts: new Date(Date.UTC(2026, 10, 22, 12, 0, 0) + i * 500).toISOString() })));
    let attempts = 0;
    const obs = createServer((socket) => {
      attempts += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => obs.listen(0, '127.0.0.1', resolve));
    try {
      // What "connect, remember" leaves: the address in the book, the password in the data folder's secret store.
      const book = openDatabase(db);
      new SettingsStore(book).writeMany({ [SETTINGS_KEY]: { host: '127.0.0.1', port: (obs.address() as AddressInfo).port, autoConnect: true } });
      book.close();
      await FileSecretStore.inDataDir(dirname(db)).set(PASSWORD_KEY, 'mat-khau-obs');

      const run = replay(transcript, '--catalog', fixturePath('catalog-live.csv'), '--db', db, '--speed', '1');
      expect(run.code).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 50)); // connections the server queued meanwhile come in now
      expect(attempts).toBe(0);

      // The app a seller works in does reconnect with what was saved.
      const app = createApp({ dataDir: dirname(db), databasePath: db, mode: 'test' });
      try {
        for (let waited = 0; attempts === 0 && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(attempts).toBeGreaterThan(0);
      } finally {
        app.close();
      }
    } finally {
      obs.close();
    }
  });

  it('with a broken catalog imports nothing, ingests nothing and says which lines are wrong', () => {
    const { transcript, db } = setUp();
    const run = replay(transcript, '--catalog', fixturePath('catalog-broken.csv'), '--db', db);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/danh mục dòng 3/);
    const book = new Database(db, { readonly: true });
    expect(book.prepare('SELECT count(*) AS n FROM products').get()).toEqual({ n: 0 });
    expect(book.prepare('SELECT count(*) AS n FROM chat_messages').get()).toEqual({ n: 0 });
    book.close();
  });

  it('skips a line that is not a comment, naming it, and goes on', () => {
    const { transcript, db } = setUp([TRANSCRIPT[0], 'không phải json', { id: 'x', text: 'thiếu user' }, TRANSCRIPT[2]]);
    const run = replay(transcript, '--catalog', fixturePath('catalog-live.csv'), '--db', db, '--json');
    expect(run.stderr).toMatch(/dòng 2: không phải JSON/);
    expect(run.stderr).toMatch(/dòng 3: user/);
    const summary = (JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { summary: { stored: number; badLines: number } }).summary;
    expect(summary).toMatchObject({ stored: 2, badLines: 2 });
  });

  it('at --speed N keeps the gaps between comments, N times faster', () => {
    const { transcript, db } = setUp();
    const started = Date.now();
    const fast = replay(transcript, '--catalog', fixturePath('catalog-live.csv'), '--db', db, '--speed', '2', '--json');
    const elapsed = (JSON.parse(fast.stdout.trim().split('\n').at(-1)!) as { summary: { elapsedMs: number } }).summary.elapsedMs;
    expect(elapsed).toBeGreaterThanOrEqual(1900); // 4 s of stream at 2×
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(replay(transcript, '--catalog', fixturePath('catalog-live.csv'), '--db', db, '--speed', '0').code).toBe(2);
  });
});
