// A rehearsal must leave the producer's real book as it found it: it will not
// start over a real live session, and whatever its practice orders reserved
// goes back through the order book (ledger rows, waitlist rules) when it is
// finished, abandoned, cut short by closing the app, or found after a crash.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app';
import { makeTempDir } from '../helpers/temp-dir';

const CATALOG = [
  'code,name,price,unit,stock,aliases,ocop_stars,description',
  'MO1,Mật ong rừng U Minh 500ml,180000,chai,30,mật ong rừng,4,',
  'KG1,Khô gà lá chanh 200g,95000,hũ,3,khô gà,3,',
  'BT3,Bánh tráng phơi sương,60000,bịch,0,bánh tráng,,',
].join('\n');

const temps: { cleanup(): void }[] = [];
const apps: App[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) {
    try {
      app.close();
    } catch {
      // already closed by the test
    }
  }
  for (const temp of temps.splice(0)) temp.cleanup();
});

async function openApp(dataDir?: string): Promise<{ app: App; dir: string }> {
  let dir = dataDir;
  if (!dir) {
    const temp = makeTempDir();
    temps.push(temp);
    dir = temp.dir;
  }
  // The app a seller works in (serve, desktop): it recovers what a crash left.
  const app = createApp({ dataDir: dir, mode: 'test', recoverCrashedRehearsals: true });
  apps.push(app);
  return { app, dir };
}

async function withCatalog(): Promise<{ app: App; dir: string; learnerId: number }> {
  const opened = await openApp();
  await opened.app.call('importCatalogCsv', { csv: CATALOG });
  await opened.app.call('setRepeatWindow', { seconds: 0 });
  const learnerId = (await opened.app.call('createLearner', { name: 'Lò Thị Mai', className: '' })).id;
  return { ...opened, learnerId };
}

const stock = (app: App) => Object.fromEntries(app.context.products.list().map((p) => [p.code, p.stock]));

let sequence = 0;
/** A simulated viewer (or a real buyer, with another platform) comments into a session. */
async function say(app: App, sessionId: number, user: string, text: string, platform: 'simulator' | 'tiktok' = 'simulator') {
  sequence += 1;
  await app.context.ingest.submit(
    { platform, messageId: `t-${sequence}`, userId: `${platform}-${user}`, userName: user, text, sentAt: app.context.now().toISOString() },
    { sessionId },
  );
}

/** A slow audience (its first comment would come after 10 s): the test's own comments are the practice orders. */
const slowRehearsal = (app: App, learnerId: number) => app.call('startRehearsal', { learnerId, commentsPerMinute: 6, minutes: 60, seed: 3 });

async function practiceOrders(app: App, sessionId: number): Promise<void> {
  await say(app, sessionId, 'Lan', 'MO1 x2');
  await say(app, sessionId, 'Hùng', 'lấy 3 khô gà');
  await say(app, sessionId, 'Mai', 'cho em 2 hũ khô gà'); // only waits: Hùng took the last 3
  await say(app, sessionId, 'Tú', 'BT3 x1'); // sold out: waits
  await say(app, sessionId, 'Lan', 'MO1 x1');
}

describe('a rehearsal and the real book', () => {
  it('will not start while a real live session is open, and leaves that session open', async () => {
    const { app, learnerId } = await withCatalog();
    const live = await app.call('startSession', { name: 'Live tối thứ bảy' });
    await expect(app.call('startRehearsal', { learnerId })).rejects.toMatchObject({
      code: 'LIVE_SESSION_OPEN',
      message: expect.stringContaining('Hãy kết thúc phiên live trước'),
      messageEn: expect.stringContaining('End the live first'),
    });
    expect((await app.call('getLiveState', {})).session).toMatchObject({ id: live.id, kind: 'live', endedAt: null });
    expect(await app.call('getRehearsal', {})).toBeNull();
  });

  it('refuses to start a real live session over a running rehearsal', async () => {
    const { app, learnerId } = await withCatalog();
    const started = await slowRehearsal(app, learnerId);
    await expect(app.call('startSession', { name: 'Live thật' })).rejects.toMatchObject({ code: 'REHEARSAL_RUNNING' });
    expect((await app.call('getLiveState', {})).session).toMatchObject({ id: started.sessionId, kind: 'rehearsal' });
  });

  it('gives back every unit its practice orders reserved when it finishes, through the ledger, three times over', async () => {
    const { app, learnerId } = await withCatalog();
    const before = stock(app);
    for (let round = 0; round < 3; round += 1) {
      const started = await slowRehearsal(app, learnerId);
      await practiceOrders(app, started.sessionId);
      expect(stock(app)).toMatchObject({ MO1: 27, KG1: 0, BT3: 0 });
      await app.call('finishRehearsal', {});
      expect(stock(app)).toEqual(before);
      const db = app.context.db;
      const held = db.prepare(`SELECT COUNT(*) FROM orders WHERE session_id = ? AND status <> 'cancelled'`).pluck().get(started.sessionId);
      const waiting = db.prepare(`SELECT COUNT(*) FROM waitlist WHERE session_id = ? AND status = 'waiting'`).pluck().get(started.sessionId);
      expect({ held, waiting }).toEqual({ held: 0, waiting: 0 });
      // Every unit reserved for the session came back as a release row of the same order.
      const ledger = db
        .prepare(
          `SELECT l.reason, SUM(l.delta) AS units FROM stock_ledger l JOIN orders o ON o.id = l.order_id
           WHERE o.session_id = ? GROUP BY l.reason ORDER BY l.reason`,
        )
        .all(started.sessionId);
      expect(ledger).toEqual([
        { reason: 'release', units: 6 },
        { reason: 'reserve', units: -6 },
      ]);
      // Mai waited behind Hùng inside the rehearsal: the freed khô gà went back on the shelf, not to her.
      expect(db.prepare(`SELECT status FROM waitlist WHERE session_id = ? ORDER BY id`).pluck().all(started.sessionId)).toEqual(['cancelled', 'cancelled']);
    }
    expect((await app.call('listRehearsals', { learnerId })).length).toBe(3);
  });

  it('leaves a real buyer waiting for a sold-out product in line, untouched', async () => {
    const { app, learnerId } = await withCatalog();
    const live = await app.call('startSession', { name: 'Live thật' });
    await say(app, live.id, 'Chị Thu', 'BT3 x2', 'tiktok');
    await app.call('endSession', { id: live.id });
    const started = await slowRehearsal(app, learnerId);
    await practiceOrders(app, started.sessionId);
    await app.call('finishRehearsal', {});
    const waits = app.context.orderBook.repos.waitlist.list();
    expect(waits.map((w) => ({ session: w.sessionId, name: w.customerName, status: w.status }))).toEqual([
      { session: live.id, name: 'Chị Thu', status: 'waiting' },
      { session: started.sessionId, name: 'Mai', status: 'cancelled' },
      { session: started.sessionId, name: 'Tú', status: 'cancelled' },
    ]);
    expect(stock(app).BT3).toBe(0);
  });

  it('gives the stock back and keeps no score when the learner abandons it', async () => {
    const { app, learnerId } = await withCatalog();
    const before = stock(app);
    const started = await slowRehearsal(app, learnerId);
    await practiceOrders(app, started.sessionId);
    await expect(app.call('abandonRehearsal', {})).resolves.toEqual({ sessionId: started.sessionId });
    expect(stock(app)).toEqual(before);
    expect(await app.call('getRehearsal', {})).toBeNull();
    expect(await app.call('listRehearsals', { learnerId })).toEqual([]);
    expect((await app.call('listSessions', {})).find((s) => s.id === started.sessionId)?.endedAt).toBeTruthy();
  });

  it('gives the stock back when the app closes during a rehearsal', async () => {
    const { app, dir, learnerId } = await withCatalog();
    const before = stock(app);
    const started = await slowRehearsal(app, learnerId);
    await practiceOrders(app, started.sessionId);
    app.close();
    const { app: reopened } = await openApp(dir);
    expect(stock(reopened)).toEqual(before);
    expect((await reopened.call('getLiveState', {})).session).toBeNull();
    expect((await reopened.call('listSessions', {})).find((s) => s.id === started.sessionId)?.endedAt).toBeTruthy();
  });

  it('gives the stock back when the app opens after a crash in the middle of a rehearsal', async () => {
    const { app, learnerId } = await withCatalog();
    const before = stock(app);
    const started = await slowRehearsal(app, learnerId);
    await practiceOrders(app, started.sessionId);
    // What the disk holds at the moment of a crash: a consistent copy taken while the rehearsal runs.
    const crashed = makeTempDir();
    temps.push(crashed);
    await app.context.db.backup(join(crashed.dir, 'ocop-live.db'));
    const { app: reopened } = await openApp(crashed.dir);
    expect(stock(reopened)).toEqual(before);
    expect((await reopened.call('getLiveState', {})).session).toBeNull();
    expect(reopened.context.db.prepare(`SELECT COUNT(*) FROM orders WHERE session_id = ? AND status <> 'cancelled'`).pluck().get(started.sessionId)).toBe(0);
  });
});
