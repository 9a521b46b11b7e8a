import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app';
import { replayTranscript } from '../../src/app/ingest/replay';
import { fixturePath, readFixture } from '../helpers/fixtures';
import { makeTempDir } from '../helpers/temp-dir';
import { startLiveApp, type LiveApp } from '../helpers/live-app';
import { at, SHOWCASE_TRANSCRIPT, SOLD_BY_HAND } from '../helpers/showcase-transcript';

const CLI = fixturePath('../../bin/ocop-live.mjs');
let temp: ReturnType<typeof makeTempDir> | undefined;
let live: LiveApp | undefined;
afterEach(() => {
  temp?.cleanup();
  temp = undefined;
  live?.close();
  live = undefined;
});

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the tally of a replayed stream', () => {
  it('equals the totals worked out by hand, in the app and from `ocop-live tally`', async () => {
    temp = makeTempDir('ocop-tally-');
    const db = join(temp.dir, 'book.db');
    const replay = cli('replay', fixturePath('tally-transcript.jsonl'), '--catalog', fixturePath('catalog-live.csv'), '--db', db, '--session', 'Tối thứ bảy');
    expect(replay.code, replay.stderr).toBe(0);

    // By hand, from tally-transcript.jsonl and catalog-live.csv:
    //  Lan   MO1×2 (2×180.000) + CF2×1 (150.000)      = 510.000
    //  Minh  MO1×1 by "+1", then "hủy đơn"            → cancelled, not counted
    //  Hoa   CF2×3 (3×150.000); KS1×1 waits (sold out) = 450.000
    //  Tuấn  a question, then KS1×2 (2×95.000)         = 190.000
    //  Bình  BT3×2 waits (no stock)                    → no order
    const expected = {
      orders: 3,
      cancelledOrders: 1,
      revenue: 510_000 + 450_000 + 190_000,
      customers: 3,
      comments: 9,
      commentsToOrders: 5, // Lan twice, Minh, Hoa, Tuấn
      items: { MO1: [2, 360_000], CF2: [4, 600_000], KS1: [2, 190_000] },
    };

    const app = createApp({ dataDir: temp.dir, databasePath: db, mode: 'test' });
    try {
      const tally = await app.call('getSessionTally', { sessionName: 'Tối thứ bảy' });
      expect(tally).toMatchObject({ orders: expected.orders, cancelledOrders: expected.cancelledOrders, revenue: expected.revenue, customers: expected.customers, comments: expected.comments, commentsToOrders: expected.commentsToOrders });
      expect(Object.fromEntries(Object.entries(tally.items).map(([code, item]) => [code, [item.quantity, item.revenue]]))).toEqual(expected.items);
      expect(tally.topBuyers.map((buyer) => [buyer.name, buyer.revenue])).toEqual([['Lan', 510_000], ['Hoa', 450_000], ['Tuấn', 190_000]]);
      expect(tally.bands.map((band) => band.code)).toEqual(['MO1', 'CF2', 'KS1']);
    } finally {
      app.close();
    }

    const json = cli('tally', '--db', db, '--session', 'Tối thứ bảy');
    expect(json.code, json.stderr).toBe(0);
    const printed = JSON.parse(json.stdout) as { orders: number; sessions: { name: string; orders: number; revenue: number; customers: number; items: Record<string, { quantity: number; revenue: number }> }[] };
    expect(printed.orders).toBe(expected.orders);
    const [session] = printed.sessions;
    expect(session).toMatchObject({ name: 'Tối thứ bảy', orders: expected.orders, revenue: expected.revenue, customers: expected.customers });
    expect(Object.fromEntries(Object.entries(session!.items).map(([code, item]) => [code, [item.quantity, item.revenue]]))).toEqual(expected.items);

    const csv = cli('tally', '--db', db, '--all', '--format', 'csv');
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.replace(/^\uFEFF/, '').split('\n').filter(Boolean)).toEqual([
      'session,started_at,orders,revenue,customers,product_code,product_name,quantity,product_revenue',
      expect.stringMatching(/^Tối thứ bảy,.*,3,1150000,3,CF2,Cà phê Robusta Cầu Đất 500g,4,600000$/),
      expect.stringMatching(/,MO1,Mật ong rừng U Minh 500ml,2,360000$/),
      expect.stringMatching(/,KS1,Khô gà lá chanh 200g,2,190000$/),
    ]);

    const out = join(temp.dir, 'tally.xlsx');
    const xlsx = cli('tally', '--db', db, '--all', '--format', 'xlsx', '--out', out);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('Tổng kết')!.getRow(2).getCell(5).value).toBe(1_150_000);

    expect(cli('tally', '--db', db, '--session', 'Không có').code).toBe(1);
    expect(cli('tally', '--db', db, '--format', 'xlsx').code).toBe(2);
  });
});

describe('the tally of a replay where products change on screen', () => {
  it('counts what sold while each product was shown exactly as a hand count of the transcript does', async () => {
    temp = makeTempDir('ocop-tally-');
    // Replayed today (the app's clock), about a stream of 22/11/2026.
    const app = createApp({ dataDir: temp.dir, mode: 'test', now: () => new Date('2026-12-04T08:00:00.000Z') });
    try {
      await app.call('importCatalogCsv', { csv: readFixture('catalog-live.csv') });
      const session = app.context.live.named('Replay 22/11', 'replay');
      const replayed = await replayTranscript(app.context, SHOWCASE_TRANSCRIPT, { sessionId: session.id });
      expect(replayed).toMatchObject({ stored: 10, failed: 0, badLines: 0 });

      const tally = await app.call('getSessionTally', { sessionId: session.id });
      expect(Object.fromEntries(Object.entries(tally.items).map(([code, item]) => [code, { quantity: item.quantity, quantityWhileShown: item.quantityWhileShown }]))).toEqual(SOLD_BY_HAND);
      // The chart runs over the stream's own minutes: a new order at 12:00 (Lan; Minh's is cancelled), 12:01 (Hoa), 12:02 (Tuấn), 12:03 (Bình), 12:04 (Vy).
      expect(tally.startedAt).toBe(at('00:00.000'));
      expect(tally.endedAt).toBe(at('05:00.000'));
      expect(tally.series.filter((point) => point.orders > 0).map((point) => [point.at.slice(11, 16), point.orders])).toEqual([
        ['12:00', 1],
        ['12:01', 1],
        ['12:02', 1],
        ['12:03', 1],
        ['12:04', 1],
      ]);
      expect(tally.bands.map((band) => [band.code, band.from, band.to])).toEqual([
        ['MO1', at('00:00.000'), at('01:20.000')],
        ['CF2', at('01:20.000'), at('02:30.000')],
        ['KS1', at('02:30.000'), at('03:10.000')],
        ['MO1', at('03:10.000'), at('04:00.000')],
      ]);

      // Every time the order book wrote for those comments is the transcript's.
      const db = app.context.db;
      const orderOf = (name: string) =>
        db.prepare(`SELECT o.id, o.created_at, o.updated_at FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.display_name = ?`).get(name) as { id: number; created_at: string; updated_at: string };
      const ledger = (orderId: number) => db.prepare('SELECT at FROM stock_ledger WHERE order_id = ? ORDER BY id').pluck().all(orderId);
      const lan = orderOf('Lan');
      expect([lan.created_at, lan.updated_at]).toEqual([at('00:00.000'), at('01:50.000')]);
      expect(ledger(lan.id)).toEqual([at('00:00.000'), at('01:50.000')]);
      const minh = orderOf('Minh');
      expect(db.prepare('SELECT to_status, changed_at FROM order_status_changes WHERE order_id = ? ORDER BY id').all(minh.id)).toEqual([
        { to_status: 'pending', changed_at: at('00:40.000') },
        { to_status: 'cancelled', changed_at: at('05:00.000') },
      ]);
      expect(ledger(minh.id)).toEqual([at('00:40.000'), at('05:00.000')]);
    } finally {
      app.close();
    }
  });
});

describe('the tally CLI’s CSV', () => {
  it('writes the session’s start in Vietnam time, as the other exports do', async () => {
    temp = makeTempDir('ocop-tally-');
    const db = join(temp.dir, 'book.db');
    const app = createApp({ dataDir: temp.dir, databasePath: db, mode: 'test', now: () => new Date('2026-11-22T13:05:09.000Z') });
    try {
      await app.call('startSession', { name: '=Live tối' });
    } finally {
      app.close();
    }
    const csv = cli('tally', '--db', db, '--format', 'csv');
    expect(csv.code, csv.stderr).toBe(0);
    // 13:05:09 UTC is 20:05:09 in Vietnam; a name starting with "=" is text, not a formula.
    expect(csv.stdout.replace(/^\uFEFF/, '').split('\n')[1]).toBe("'=Live tối,2026-11-22 20:05:09,0,0,0,,,0,0");
  });
});

describe('tally sums against the order rows', () => {
  it('adds up the same whether a session’s orders are one block of ids or interleaved with another session’s', async () => {
    live = await startLiveApp();
    const { app, say } = live;
    const first = await app.call('startSession', { name: 'A' });
    const second = await app.call('startSession', { name: 'B' });
    const texts = ['CF2 x1', 'CF2 x2', 'chốt 1 chai mật ong', 'CF2 x3'];
    for (let i = 0; i < 24; i += 1) {
      // Buyers of A and B alternate, so the two sessions' order ids interleave.
      await say(`buyer${i}`, texts[i % texts.length]!, { sessionId: i % 2 === 0 ? first.id : second.id, at: i * 30 });
    }
    await say('buyer0', 'hủy đơn', { sessionId: first.id, at: 1000 });
    for (const session of [first, second]) {
      const rows = app.context.db
        .prepare(
          `SELECT o.customer_id, p.code, i.qty, i.unit_price FROM orders o JOIN order_items i ON i.order_id = o.id JOIN products p ON p.id = i.product_id
           WHERE o.session_id = ? AND o.status != 'cancelled'`,
        )
        .all(session.id) as { customer_id: number; code: string; qty: number; unit_price: number }[];
      const tally = await app.call('getSessionTally', { sessionId: session.id });
      expect(tally.revenue).toBe(rows.reduce((sum, row) => sum + row.qty * row.unit_price, 0));
      expect(tally.customers).toBe(new Set(rows.map((row) => row.customer_id)).size);
      for (const code of new Set(rows.map((row) => row.code))) {
        expect(tally.items[code]!.quantity).toBe(rows.filter((row) => row.code === code).reduce((sum, row) => sum + row.qty, 0));
      }
    }
    const a = await app.call('getSessionTally', { sessionId: first.id });
    expect(a.cancelledOrders).toBe(1);
    const comparison = await app.call('compareSessions', {});
    expect(comparison.sessions.map((s) => s.name)).toEqual(['A', 'B']);
  });
});
