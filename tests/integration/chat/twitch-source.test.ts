import { afterEach, describe, expect, it } from 'vitest';
import { TwitchSource } from '../../../src/adapters/chat/twitch/twitch-source';
import { TwitchIrcServer } from '../../helpers/peers/twitch-irc-server';
import { recordSource } from '../../helpers/source-recorder';

const fastRetry = { initialMs: 50, maxMs: 200, factor: 2, jitter: 0.5 };

describe('Twitch chat through tmi.js against a local Twitch IRC server', () => {
  let server: TwitchIrcServer | undefined;
  let source: TwitchSource | undefined;
  afterEach(async () => {
    await source?.stop();
    await server?.close();
  });

  it('joins anonymously, turns tagged PRIVMSGs into comments with Twitch ids, and answers PING', async () => {
    server = await TwitchIrcServer.start();
    source = new TwitchSource({ channel: 'OcopShop', url: server.url, backoff: fastRetry });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'live', 10_000, 'live');

    expect(server.received).toContain('CAP REQ :twitch.tv/tags twitch.tv/commands');
    // The anonymous login: Twitch's fixed password for justinfan users, before the NICK.
    expect(server.received).toContain('PASS SCHMOOPIIE');
    expect(server.received.indexOf('PASS SCHMOOPIIE')).toBeLessThan(server.received.findIndex((line) => line.startsWith('NICK ')));
    expect(server.received.some((line) => /^NICK justinfan\d+$/.test(line))).toBe(true);
    expect(server.received).toContain('JOIN #ocopshop');
    expect(seen.kinds()).toEqual(['connecting', 'live']);

    const sentMs = Date.UTC(2025, 0, 2, 3, 4, 5);
    server.privmsg('ocopshop', { id: 'b34ccfc7-4977-403a-8a94-33c6bac34fb8', userId: '1337', login: 'lan_nguyen', displayName: 'Lan; Nguyễn', text: 'chốt 2 chai mật ong', sentMs });
    server.privmsg('ocopshop', { id: 'a1', userId: '42', login: 'binh', text: '+1', sentMs: sentMs + 1000 });
    // Tag values "1" and "0" are ids too (tmi.js makes booleans of them).
    server.privmsg('ocopshop', { id: '1', userId: '1', login: 'zero', displayName: '0', text: 'MO1 x1', sentMs: sentMs + 2000 });
    await seen.until(() => seen.messages.length === 3);
    expect(seen.messages[2]).toMatchObject({ messageId: '1', userId: '1', userName: '0' });
    expect(seen.messages[0]).toEqual({
      platform: 'twitch',
      messageId: 'b34ccfc7-4977-403a-8a94-33c6bac34fb8',
      userId: '1337',
      userName: 'Lan; Nguyễn',
      text: 'chốt 2 chai mật ong',
      sentAt: '2025-01-02T03:04:05.000Z',
    });
    expect(seen.messages[1]).toMatchObject({ messageId: 'a1', userId: '42', userName: 'binh', text: '+1' });

    server.ping();
    await server.until(() => server!.pongs === 1);
  });

  it('marks what the broadcaster and moderators write as the shop’s own, and nothing a viewer writes', async () => {
    server = await TwitchIrcServer.start();
    source = new TwitchSource({ channel: 'ocopshop', url: server.url, backoff: fastRetry });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'live');
    server.privmsg('ocopshop', { id: 's1', userId: '100200300', login: 'ocopshop', text: 'đã ghi đơn chị Lan 2 hũ', badges: 'broadcaster/1' });
    server.privmsg('ocopshop', { id: 's2', userId: '7', login: 'mod_thao', text: 'chốt 1 chai cho bạn Tuấn', badges: 'moderator/1', mod: true });
    server.privmsg('ocopshop', { id: 's3', userId: '8', login: 'lan', text: 'chốt 2 hũ', badges: 'subscriber/12' });
    await seen.until(() => seen.messages.length === 3);
    expect(seen.messages.map((m) => [m.messageId, m.fromShop])).toEqual([
      ['s1', true],
      ['s2', true],
      ['s3', undefined],
    ]);
  });

  it('moves to a fresh connection on RECONNECT and never repeats a comment it already gave', async () => {
    server = await TwitchIrcServer.start();
    source = new TwitchSource({ channel: 'ocopshop', url: server.url, backoff: fastRetry });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'live');
    server.privmsg('ocopshop', { id: 'm1', userId: '1', login: 'an', text: 'MO1 x2' });
    await seen.until(() => seen.messages.length === 1);

    server.sendReconnect();
    await seen.until(() => seen.kinds().includes('reconnecting'));
    await seen.until(() => source!.state.kind === 'live' && server!.connections === 2 && server!.joined('ocopshop') === 1, 10_000, 'live again');
    const reconnecting = seen.states.find((state) => state.kind === 'reconnecting');
    expect(reconnecting).toMatchObject({ attempt: 1, reason: { code: 'SERVER_RECONNECT' } });

    // The new server replays the last comment (as some relays do) and sends a new one.
    server.privmsg('ocopshop', { id: 'm1', userId: '1', login: 'an', text: 'MO1 x2' });
    server.privmsg('ocopshop', { id: 'm2', userId: '2', login: 'binh', text: 'PH1 x1' });
    await seen.until(() => seen.messages.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.messages.map((m) => m.messageId)).toEqual(['m1', 'm2']);
  });

  it('recovers by itself when the server drops the connection mid-stream, with growing jittered delays while it is down', async () => {
    server = await TwitchIrcServer.start();
    const port = server.port;
    source = new TwitchSource({ channel: 'ocopshop', url: server.url, backoff: fastRetry });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'live');

    // The whole server goes away for a while, then comes back on the same port.
    await server.close();
    await seen.until(() => seen.states.filter((s) => s.kind === 'reconnecting').length >= 3, 10_000, 'three retries');
    const retries = seen.states.flatMap((s) => (s.kind === 'reconnecting' ? [s] : []));
    expect(retries.map((r) => r.attempt).slice(0, 3)).toEqual([1, 2, 3]);
    for (const retry of retries) {
      const ceiling = Math.min(fastRetry.maxMs, fastRetry.initialMs * 2 ** (retry.attempt - 1));
      expect(retry.retryInMs).toBeGreaterThanOrEqual(ceiling / 2);
      expect(retry.retryInMs).toBeLessThanOrEqual(ceiling);
    }

    server = await TwitchIrcServer.startOnPort(port);
    await seen.until(() => source!.state.kind === 'live' && server!.joined('ocopshop') === 1, 10_000, 'live after the outage');
    server.privmsg('ocopshop', { id: 'after', userId: '9', login: 'chi', text: 'chốt' });
    await seen.until(() => seen.messages.length === 1);
    expect(seen.messages[0]!.messageId).toBe('after');
  });

  it('stops for good: no reconnect after stop, state ended', async () => {
    server = await TwitchIrcServer.start();
    source = new TwitchSource({ channel: 'ocopshop', url: server.url, backoff: fastRetry });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'live');
    await source.stop();
    await server.until(() => server!.joined('ocopshop') === 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.connections).toBe(1);
    expect(seen.kinds()).toEqual(['connecting', 'live', 'ended']);
  });

  it('fails with a message naming the channel, in Vietnamese and English, when a mistyped channel never joins after a few tries', async () => {
    server = await TwitchIrcServer.start();
    server.silentChannels.add('ocopshopp');
    source = new TwitchSource({ channel: 'ocopshopp', url: server.url, backoff: fastRetry, joinTimeoutMs: 200, maxJoinTimeouts: 3 });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'failed', 10_000, 'failed');
    expect(source.state).toMatchObject({
      kind: 'failed',
      reason: {
        code: 'TWITCH_CHANNEL_NOT_JOINED',
        messageVi: expect.stringContaining('Không vào được kênh Twitch "ocopshopp" sau 3 lần thử') as unknown,
        messageEn: expect.stringContaining('Could not join the Twitch channel "ocopshopp" after 3 tries') as unknown,
      },
    });
    expect(seen.kinds()).toEqual(['connecting', 'reconnecting', 'connecting', 'reconnecting', 'connecting', 'failed']);
    expect(server.connections).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(server.connections).toBe(3);
  });

  it('starts counting again after a join that worked, so a channel that was found is not given up on for old timeouts', async () => {
    server = await TwitchIrcServer.start();
    server.silentChannels.add('ocopshop');
    source = new TwitchSource({ channel: 'ocopshop', url: server.url, backoff: fastRetry, joinTimeoutMs: 200, maxJoinTimeouts: 2 });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => seen.kinds().includes('reconnecting'));
    server.silentChannels.delete('ocopshop');
    await seen.until(() => source!.state.kind === 'live');
    server.silentChannels.add('ocopshop');
    server.sendReconnect();
    await seen.until(() => seen.states.filter((s) => s.kind === 'reconnecting' && s.reason.code === 'JOIN_TIMEOUT').length === 2, 10_000, 'a second join timeout');
    expect(source.state.kind).not.toBe('failed');
  });

  it('fails at once, naming the channel, when Twitch answers the join with a suspended channel NOTICE', async () => {
    server = await TwitchIrcServer.start();
    server.refusedChannels.set('badshop', 'msg_channel_suspended');
    source = new TwitchSource({ channel: 'badshop', url: server.url, backoff: fastRetry });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'failed');
    expect(source.state).toMatchObject({
      reason: {
        code: 'CHANNEL_UNAVAILABLE',
        messageVi: expect.stringContaining('kênh Twitch "badshop"') as unknown,
        messageEn: expect.stringContaining('Twitch channel "badshop"') as unknown,
      },
    });
    expect(seen.kinds()).toEqual(['connecting', 'failed']);
    expect(server.connections).toBe(1);
  });

  it('rejects a channel name that cannot exist', () => {
    expect(() => new TwitchSource({ channel: 'a b' })).toThrow(/Invalid Twitch channel/);
    expect(new TwitchSource({ channel: 'https://www.twitch.tv/Some_Shop' }).target).toBe('some_shop');
  });
});
