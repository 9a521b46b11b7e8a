// The chat sources inside the real app and web server: commands over HTTP,
// state events on the WebSocket, comments through ingest into the order book,
// several platforms into one session, keys in the secret store.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApp, type App } from '../../../src/app/create-app';
import { startServer, type RunningServer } from '../../../src/server/http-server';
import { FileSecretStore } from '../../../src/adapters/secrets/file-secret-store';
import type { AppEvent } from '../../../src/app/contract';
import { TwitchIrcServer } from '../../helpers/peers/twitch-irc-server';
import { YouTubeApiServer } from '../../helpers/peers/youtube-api-server';
import { FacebookGraphServer } from '../../helpers/peers/facebook-graph-server';
import { readFixture } from '../../helpers/fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const fastRetry = { initialMs: 50, maxMs: 200, factor: 2, jitter: 0.5 };

interface World {
  app: App;
  server: RunningServer;
  dir: string;
  irc: TwitchIrcServer;
  youtube: YouTubeApiServer;
  facebook: FacebookGraphServer;
  socketEvents: AppEvent[];
  post(name: string, body?: unknown): Promise<{ status: number; json: { ok: boolean; result?: unknown; error?: { code: string; message: string; messageEn: string } } }>;
  until(predicate: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  orders(): Promise<{ customerName: string; items: { code: string; qty: number }[] }[]>;
  close(): Promise<void>;
}

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function start(): Promise<World> {
  const temp = makeTempDir('ocop-sources-');
  const [irc, youtube, facebook] = await Promise.all([TwitchIrcServer.start(), YouTubeApiServer.start(), FacebookGraphServer.start()]);
  youtube.pollingIntervalMillis = 40;
  const app = createApp({
    dataDir: temp.dir,
    mode: 'test',
    secrets: FileSecretStore.inDataDir(temp.dir),
    sources: {
      endpoints: { twitchUrl: irc.url, youtubeApiBase: youtube.base, facebookGraphBase: facebook.base },
      backoff: fastRetry,
      tuning: { youtubeMinPollMs: 20, facebookPollIntervalMs: 40, facebookStreamRetryMs: 300 },
    },
  });
  await app.call('importCatalogCsv', { csv: readFixture('catalog-live.csv') });
  const server = await startServer({ app, port: 0 });
  const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api/events`);
  const socketEvents: AppEvent[] = [];
  socket.on('message', (data) => socketEvents.push(JSON.parse(String(data)) as AppEvent));
  await new Promise<void>((resolve) => socket.once('open', () => resolve()));
  const w: World = {
    app,
    server,
    dir: temp.dir,
    irc,
    youtube,
    facebook,
    socketEvents,
    async post(name, body) {
      const response = await fetch(`${server.url}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
      return { status: response.status, json: (await response.json()) as Awaited<ReturnType<World['post']>>['json'] };
    },
    async until(predicate, what, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    },
    async orders() {
      await app.context.ingest.drain();
      return (await app.call('listOrders', {})) as unknown as { customerName: string; items: { code: string; qty: number }[] }[];
    },
    async close() {
      socket.close();
      await app.context.sources.stopAll();
      await server.close();
      app.close();
      await Promise.all([irc.close(), youtube.close(), facebook.close()]);
      temp.cleanup();
    },
  };
  return w;
}

/** Waits for the secret store to hold `value` under `key` (a refused key is taken back just after the failure is reported). */
async function secretBecomes(w: World, key: string, value: string | undefined): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await w.app.context.secrets.get(key)) !== value) {
    if (Date.now() > deadline) throw new Error(`${key} did not become ${value === undefined ? 'unset' : 'the expected value'}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

const stateOf = (w: World, platform: string) => w.app.context.sources.list().find((s) => s.platform === platform)?.state.kind;

describe('chat sources in the app', () => {
  it('connects Twitch over the API, reports its state on the WebSocket, and turns comments into orders', async () => {
    world = await start();
    const w = world;
    const connected = await w.post('connectSource', { platform: 'twitch', target: 'OcopShop' });
    expect(connected.status).toBe(200);
    expect(connected.json.result).toMatchObject({ platform: 'twitch', target: 'ocopshop', unofficial: false });
    await w.until(() => stateOf(w, 'twitch') === 'live', 'twitch live');
    await w.until(() => w.socketEvents.some((e) => e.event === 'sourceStateChanged' && e.payload.state.kind === 'live'), 'live state on the socket');

    w.irc.privmsg('ocopshop', { id: 't1', userId: '11', login: 'lan', displayName: 'Lan', text: 'chốt 2 chai mật ong' });
    w.irc.privmsg('ocopshop', { id: 't2', userId: '12', login: 'minh', displayName: 'Minh', text: 'CF2 x1' });
    w.irc.privmsg('ocopshop', { id: 't3', userId: '13', login: 'hoa', displayName: 'Hoa', text: 'giá bao nhiêu vậy shop' });
    await w.until(() => w.socketEvents.filter((e) => e.event === 'orderChanged').length >= 2, 'two orders on the socket');
    const orders = await w.orders();
    expect(orders.map((o) => [o.customerName, o.items.map((i) => `${i.code}×${i.qty}`).join(',')]).sort()).toEqual([
      ['Lan', 'MO1×2'],
      ['Minh', 'CF2×1'],
    ]);
    const list = (await w.post('listSources')).json.result as { counts: { comments: number; stored: number } }[];
    expect(list[0]!.counts).toMatchObject({ comments: 3, stored: 3 });

    const again = await w.post('connectSource', { platform: 'twitch', target: 'ocopshop' });
    expect(again.json.error).toMatchObject({
      code: 'SOURCE_ALREADY_CONNECTED',
      message: 'Kênh Twitch "ocopshop" đã được kết nối vào phiên live này và đang chạy; không cần kết nối lại.',
      messageEn: 'The Twitch channel "ocopshop" is already connected to this stream session and running; there is no need to connect it again.',
    });
  });

  it('recovers by itself when the chat server drops mid-stream: orders are right and not doubled', async () => {
    world = await start();
    const w = world;
    await w.post('connectSource', { platform: 'twitch', target: 'ocopshop' });
    await w.until(() => stateOf(w, 'twitch') === 'live', 'live');
    w.irc.privmsg('ocopshop', { id: 'd1', userId: '21', login: 'an', text: 'MO1 x1' });
    w.irc.privmsg('ocopshop', { id: 'd2', userId: '22', login: 'binh', text: 'CF2 x2' });
    await w.until(() => w.app.context.sources.list()[0]!.counts.comments === 2, 'two comments');

    w.irc.dropAll();
    await w.until(() => stateOf(w, 'twitch') === 'reconnecting', 'reconnecting');
    await w.until(() => stateOf(w, 'twitch') === 'live' && w.irc.joined('ocopshop') === 1, 'live again');
    // A relay that replays recent chat after a reconnect, then new comments.
    w.irc.privmsg('ocopshop', { id: 'd1', userId: '21', login: 'an', text: 'MO1 x1' });
    w.irc.privmsg('ocopshop', { id: 'd2', userId: '22', login: 'binh', text: 'CF2 x2' });
    w.irc.privmsg('ocopshop', { id: 'd3', userId: '21', login: 'an', text: 'thêm KS1 x1' });
    w.irc.privmsg('ocopshop', { id: 'd4', userId: '23', login: 'chi', text: 'chốt 3 chai mật ong' });
    await w.until(() => w.app.context.sources.list()[0]!.counts.comments === 4, 'four comments');
    const orders = await w.orders();
    const byName = Object.fromEntries(orders.map((o) => [o.customerName, o.items.map((i) => `${i.code}×${i.qty}`).sort().join(',')]));
    expect(byName).toEqual({ an: 'KS1×1,MO1×1', binh: 'CF2×2', chi: 'MO1×3' });
    expect(w.app.context.db.prepare('SELECT count(*) AS n FROM chat_messages').get()).toEqual({ n: 4 });
  });

  it('takes Twitch, YouTube and Facebook at once into one session, with keys from the secret store that never come back out', async () => {
    world = await start();
    const w = world;
    // Saved once; connecting later needs no key in the request.
    expect((await w.post('saveSourceSecret', { key: 'youtube.apiKey', value: w.youtube.apiKey })).json.ok).toBe(true);
    const status = (await w.post('listSourceSecrets')).json.result;
    expect(status).toEqual([
      { key: 'youtube.apiKey', stored: true },
      { key: 'facebook.accessToken', stored: false },
      { key: 'tiktok.signApiKey', stored: false },
    ]);
    const noToken = await w.post('connectSource', { platform: 'facebook', target: w.facebook.videoId });
    expect(noToken.json.error).toMatchObject({ code: 'SOURCE_SECRET_MISSING' });

    await w.post('connectSource', { platform: 'twitch', target: 'ocopshop' });
    await w.post('connectSource', { platform: 'youtube', target: `https://www.youtube.com/watch?v=${w.youtube.videoId}` });
    await w.post('connectSource', { platform: 'facebook', target: w.facebook.videoId, secret: w.facebook.accessToken });
    await w.until(() => ['twitch', 'youtube', 'facebook'].every((p) => stateOf(w, p) === 'live') && w.facebook.openStreams === 1, 'all live');

    w.irc.privmsg('ocopshop', { id: 'tw1', userId: '31', login: 'lan', displayName: 'Lan', text: 'MO1 x1' });
    w.youtube.post({ id: 'yt1', channelId: 'UC_lan', displayName: 'Lan', text: 'CF2 x2' });
    w.facebook.comment({ id: 'fb1', fromId: '5501', fromName: 'Lan', message: 'chốt 1 chai mật ong' });
    await w.until(() => w.app.context.sources.list().every((s) => s.counts.stored === 1), 'one comment from each');

    const sessions = new Set(w.app.context.sources.list().map((s) => s.sessionId));
    expect(sessions.size).toBe(1);
    const rows = w.app.context.db.prepare('SELECT platform, count(*) AS n FROM chat_messages GROUP BY platform ORDER BY platform').all();
    expect(rows).toEqual([
      { platform: 'facebook', n: 1 },
      { platform: 'twitch', n: 1 },
      { platform: 'youtube', n: 1 },
    ]);
    expect(await w.orders()).toHaveLength(3); // the same name on three platforms is three different buyers

    // The Facebook token was given once: now it is stored, and it never appears in answers or events.
    expect(await w.app.context.secrets.get('facebook.accessToken')).toBe(w.facebook.accessToken);
    const everything = JSON.stringify([w.socketEvents, (await w.post('listSources')).json, (await w.post('listSourceSecrets')).json]);
    expect(everything).not.toContain(w.facebook.accessToken);
    expect(everything).not.toContain(w.youtube.apiKey);

    // Ending the session disconnects its sources.
    await w.app.call('endSession', {});
    await w.until(() => w.app.context.sources.list().every((s) => s.state.kind === 'ended'), 'all ended');
    await w.until(() => w.irc.joined('ocopshop') === 0 && w.facebook.openStreams === 0, 'connections closed');
  });

  it('runs the simulator on the current catalog with +1 going to the product on screen', async () => {
    world = await start();
    const w = world;
    const mo1 = w.app.context.products.findByCode('MO1')!;
    await w.app.call('setShowcase', { productId: mo1.id });
    const connected = await w.post('connectSource', { platform: 'simulator', target: '400', simulator: { seed: 9, limit: 200 } });
    expect(connected.status).toBe(200);
    const id = (connected.json.result as { id: string }).id;
    await w.until(() => stateOf(w, 'simulator') === 'ended', 'simulator done');
    await w.app.context.ingest.drain();
    const truth = w.app.context.sources.simulatorTruth(id)!;
    expect(truth).toHaveLength(200);
    const rows = w.app.context.db
      .prepare("SELECT m.text, o.intent FROM chat_messages m JOIN chat_outcomes o ON o.chat_message_id = m.id WHERE m.platform = 'simulator' ORDER BY m.id")
      .all() as { text: string; intent: string }[];
    expect(rows).toHaveLength(200);
    const agree = rows.filter((row, i) => row.intent === truth[i]!.truth.intent).length;
    expect(agree / rows.length).toBeGreaterThan(0.97);
    expect(truth.filter((t) => t.truth.kind.startsWith('showcase:')).every((t) => t.truth.items[0]!.code === 'MO1')).toBe(true);
  });

  it('saves a new key only once its source is built: a target that is not valid leaves the saved key as it was', async () => {
    world = await start();
    const w = world;
    const bad = await w.post('connectSource', { platform: 'youtube', target: 'not a video!!', secret: 'AIza-typed-with-a-bad-target' });
    expect(bad.json.error).toMatchObject({ code: 'SOURCE_INVALID' });
    expect(await w.app.context.secrets.get('youtube.apiKey')).toBeUndefined();

    await w.post('saveSourceSecret', { key: 'facebook.accessToken', value: w.facebook.accessToken });
    const again = await w.post('connectSource', { platform: 'facebook', target: 'https://www.facebook.com/watch/?v=1', secret: 'EAA-typed-with-a-bad-target' });
    expect(again.json.error).toMatchObject({ code: 'SOURCE_INVALID' });
    expect(await w.app.context.secrets.get('facebook.accessToken')).toBe(w.facebook.accessToken);
  });

  it('does not keep a key the platform refuses, and puts back the key that was saved before it', async () => {
    world = await start();
    const w = world;
    await w.post('saveSourceSecret', { key: 'youtube.apiKey', value: w.youtube.apiKey });
    const connected = await w.post('connectSource', { platform: 'youtube', target: w.youtube.videoId, secret: 'AIza-mistyped-key' });
    expect(connected.json.ok).toBe(true);
    await w.until(() => stateOf(w, 'youtube') === 'failed', 'the refused key');
    expect(w.app.context.sources.list()[0]!.state).toMatchObject({ reason: { code: 'YOUTUBE_BAD_KEY' } });
    await secretBecomes(w, 'youtube.apiKey', w.youtube.apiKey);

    // With nothing saved before, a refused token leaves nothing saved.
    const facebook = await w.post('connectSource', { platform: 'facebook', target: w.facebook.videoId, secret: 'EAA-expired-token' });
    expect(facebook.json.ok).toBe(true);
    await w.until(() => stateOf(w, 'facebook') === 'failed', 'the refused token');
    await secretBecomes(w, 'facebook.accessToken', undefined);

    // A key that works stays saved.
    await w.post('connectSource', { platform: 'facebook', target: w.facebook.videoId, secret: w.facebook.accessToken });
    await w.until(() => stateOf(w, 'facebook') === 'live', 'live');
    expect(await w.app.context.secrets.get('facebook.accessToken')).toBe(w.facebook.accessToken);
  });

  it('runs two simulators at the same rate side by side in one session, each its own audience', async () => {
    world = await start();
    const w = world;
    const first = await w.post('connectSource', { platform: 'simulator', target: '200', simulator: { limit: 40 } });
    const second = await w.post('connectSource', { platform: 'simulator', target: '200', simulator: { limit: 40 } });
    expect(first.json.ok).toBe(true);
    expect(second.json.ok).toBe(true);
    const ids = [first, second].map((r) => (r.json.result as { id: string; target: string }).id);
    expect(new Set(ids).size).toBe(2);
    expect((second.json.result as { target: string }).target).toBe('200/s #2');
    await w.until(() => w.app.context.sources.list().filter((s) => s.platform === 'simulator' && s.state.kind === 'ended').length === 2, 'both simulators done');
    await w.app.context.ingest.drain();
    // Every comment of both is stored: none was taken for a duplicate of the other's.
    expect(w.app.context.db.prepare("SELECT count(*) AS n FROM chat_messages WHERE platform = 'simulator'").get()).toEqual({ n: 80 });
    const [a, b] = ids.map((id) => w.app.context.sources.simulatorTruth(id)!.map((c) => c.text).join('\n'));
    expect(a).not.toBe(b);

    // A third while the first has finished takes the first one's place.
    const third = await w.post('connectSource', { platform: 'simulator', target: '200', simulator: { limit: 1 } });
    expect((third.json.result as { id: string }).id).toBe(ids[0]);
  });

  it('answers a bad source plainly in Vietnamese and English', async () => {
    world = await start();
    const bad = await world.post('connectSource', { platform: 'twitch', target: 'not a channel!' });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({ code: 'SOURCE_INVALID' });
    expect(bad.json.error!.message).toMatch(/Không kết nối được/);
    expect(bad.json.error!.messageEn).toMatch(/Cannot connect/);
    expect((await world.post('disconnectSource', { id: 'nope' })).json.error?.code).toBe('SOURCE_NOT_FOUND');
  });
});
