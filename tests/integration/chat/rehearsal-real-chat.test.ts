// Real buyers' comments never go into a practice session: while a rehearsal
// runs, a real chat source is refused (in the app, and from `ocop-live listen`
// on the same book), and a rehearsal will not start while real chat is
// connected (it refuses rather than cutting the seller's chat). A local
// Twitch IRC server stands in for Twitch.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app/create-app';
import { TwitchIrcServer } from '../../helpers/peers/twitch-irc-server';
import { readFixture } from '../../helpers/fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const CLI = fileURLToPath(new URL('../../../bin/ocop-live.mjs', import.meta.url));

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function world(): Promise<{ app: App; dir: string; irc: TwitchIrcServer; learnerId: number }> {
  const temp = makeTempDir('ocop-rehearsal-chat-');
  const irc = await TwitchIrcServer.start();
  const app = createApp({ dataDir: temp.dir, mode: 'test', recoverCrashedRehearsals: true, sources: { endpoints: { twitchUrl: irc.url } } });
  cleanups.push(temp.cleanup, () => irc.close(), () => app.close());
  await app.call('importCatalogCsv', { csv: readFixture('catalog-live.csv') });
  const learnerId = (await app.call('createLearner', { name: 'Lò Thị Mai', className: '' })).id;
  return { app, dir: temp.dir, irc, learnerId };
}

/** A slow audience: nothing of its own arrives during the test. */
const slowRehearsal = (app: App, learnerId: number) => app.call('startRehearsal', { learnerId, commentsPerMinute: 6, minutes: 60, seed: 5 });

async function until(predicate: () => Promise<boolean> | boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const twitchLive = async (app: App) => (await app.call('listSources', {})).some((s) => s.platform === 'twitch' && s.state.kind === 'live');
const ordersIn = (app: App, sessionId: number) =>
  app.context.db.prepare('SELECT c.display_name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.session_id = ? ORDER BY o.id').pluck().all(sessionId);

describe('a rehearsal and real chat', () => {
  it('refuses to connect a real chat source while a rehearsal runs, saying to finish or abandon it first, and connects once it is abandoned', async () => {
    const { app, irc, learnerId } = await world();
    const rehearsal = await slowRehearsal(app, learnerId);

    await expect(app.call('connectSource', { platform: 'twitch', target: 'ocopshop' })).rejects.toMatchObject({
      code: 'REHEARSAL_NO_REAL_CHAT',
      message: expect.stringContaining('Hãy kết thúc hoặc bỏ buổi diễn tập trước'),
      messageEn: expect.stringContaining('Finish or abandon the rehearsal first'),
    });
    // Named session or not, the practice is not fed real chat.
    await expect(app.call('connectSource', { platform: 'twitch', target: 'ocopshop', sessionId: rehearsal.sessionId })).rejects.toMatchObject({ code: 'REHEARSAL_NO_REAL_CHAT' });
    expect(irc.connections).toBe(0);
    expect(await app.call('listSources', {})).toEqual([]);
    expect(await app.call('getRehearsal', {})).toMatchObject({ sessionId: rehearsal.sessionId });
    // The simulator is no real buyer: it may still join the practice.
    await expect(app.call('connectSource', { platform: 'simulator', target: '1', simulator: { limit: 1 } })).resolves.toMatchObject({ sessionId: rehearsal.sessionId });

    await app.call('abandonRehearsal', {});
    const live = await app.call('startSession', { name: 'Live tối thứ bảy' });
    await app.call('connectSource', { platform: 'twitch', target: 'ocopshop' });
    await until(() => twitchLive(app), 'Twitch live');
    irc.privmsg('ocopshop', { id: 'c1', userId: '41', login: 'lan', displayName: 'Lan', text: 'chốt 2 chai mật ong' });
    await until(() => ordersIn(app, live.id).length === 1, "Lan's order");
    expect(ordersIn(app, rehearsal.sessionId)).not.toContain('Lan');
  });

  it('will not start a rehearsal while real chat is connected, says why, and leaves the real chat taking orders', async () => {
    const { app, irc, learnerId } = await world();
    await app.call('connectSource', { platform: 'twitch', target: 'ocopshop' });
    await until(() => twitchLive(app), 'Twitch live');
    const liveId = (await app.call('listSources', {}))[0]!.sessionId;

    await expect(slowRehearsal(app, learnerId)).rejects.toMatchObject({
      code: 'REAL_CHAT_CONNECTED',
      message: expect.stringMatching(/Twitch “ocopshop”.*không tự ngắt.*hãy ngắt kết nối/),
      messageEn: expect.stringMatching(/Twitch “ocopshop”.*does not disconnect it for you.*disconnect those sources/),
    });
    expect(await app.call('getRehearsal', {})).toBeNull();
    expect(await twitchLive(app)).toBe(true);
    irc.privmsg('ocopshop', { id: 'c2', userId: '42', login: 'minh', displayName: 'Minh', text: 'CF2 x1' });
    await until(() => ordersIn(app, liveId).includes('Minh'), "Minh's order");

    // Once the live ends (its chat with it), the rehearsal starts.
    await app.call('endSession', { id: liveId });
    await until(async () => !(await twitchLive(app)), 'Twitch stopped');
    await expect(slowRehearsal(app, learnerId)).resolves.toMatchObject({ learnerName: 'Lò Thị Mai' });
  });

  it('ocop-live listen on the same book refuses to feed real chat into the rehearsal the app is running', async () => {
    const { app, dir, irc, learnerId } = await world();
    const rehearsal = await slowRehearsal(app, learnerId);
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [CLI, 'listen', '--source', 'twitch:ocopshop', '--db', join(dir, 'ocop-live.db'), '--twitch-url', irc.url], { timeout: 30_000 }, (error, _stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr }),
      );
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('là một buổi diễn tập: không đưa bình luận thật từ Twitch vào đó');
    expect(run.stderr).toContain('is a rehearsal: real chat from Twitch does not go into it');
    expect(run.stderr).not.toMatch(/^\s+at .+/m);
    expect(irc.connections).toBe(0);
    expect(await app.call('getRehearsal', {})).toMatchObject({ sessionId: rehearsal.sessionId });
    expect((await app.call('getLiveState', {})).session).toMatchObject({ id: rehearsal.sessionId, endedAt: null });
  });
});
