// The TikTok adapter through the connector's own event interface: an
// EventEmitter emitting the connector's event names (its enums) with payloads
// that went through the connector's protobuf encode/decode, so their shapes
// are exactly what a live TikTok room produces.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CommonMessageData,
  ControlEvent,
  FetchIsLiveError,
  PremiumFeatureError,
  SignAPIError,
  ErrorReason,
  Gift,
  User,
  UserOfflineError,
  WebcastChatMessage,
  WebcastChatMessage_UserIdentity,
  WebcastEvent,
  WebcastGiftMessage,
  WebcastLikeMessage,
  WebcastMemberMessage,
} from 'tiktok-live-connector';
import { TIKTOK_EVENTS, TikTokSource, defaultTikTokConnectionFactory, normaliseTikTokUser, type TikTokConnection } from '../../../src/adapters/chat/tiktok/tiktok-source';
import { recordSource } from '../../helpers/source-recorder';

interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(input: Uint8Array): T;
}
/** A message as the connector decodes it off the wire: defaults filled, then our fields, round-tripped through protobuf. */
function wire<T>(codec: Codec<T>, fields: Partial<T>): T {
  const full = { ...codec.decode(new Uint8Array()), ...fields } as T;
  return codec.decode(codec.encode(full).finish());
}
const common = (msgId: string, createTime: string) => wire(CommonMessageData, { msgId, createTime, method: 'WebcastChatMessage' });
const user = (userId: string, uniqueId: string, nickname: string) => wire(User, { userId, uniqueId, nickname });

class FakeRoom extends EventEmitter implements TikTokConnection {
  connects = 0;
  disconnects = 0;
  failNext: Error | undefined;
  async connect(): Promise<unknown> {
    this.connects += 1;
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = undefined;
      throw error;
    }
    this.emit(ControlEvent.CONNECTED, { isConnected: true, roomId: '7300000000000000000', roomInfo: null, availableGifts: null });
    return {};
  }
  async disconnect(): Promise<void> {
    this.disconnects += 1;
  }
}

const fastRetry = { initialMs: 30, maxMs: 100, factor: 2, jitter: 0.5 };

describe('TikTok LIVE through the tiktok-live-connector event interface', () => {
  let source: TikTokSource | undefined;
  afterEach(async () => {
    await source?.stop();
  });

  it('uses the connector’s own event names', () => {
    expect(TIKTOK_EVENTS).toMatchObject({
      chat: WebcastEvent.CHAT,
      like: WebcastEvent.LIKE,
      gift: WebcastEvent.GIFT,
      member: WebcastEvent.MEMBER,
      streamEnd: WebcastEvent.STREAM_END,
      connected: ControlEvent.CONNECTED,
      disconnected: ControlEvent.DISCONNECTED,
      error: ControlEvent.ERROR,
    });
  });

  it('turns chat into comments and likes, gifts and joins into activities, and ends with the stream', async () => {
    const rooms: FakeRoom[] = [];
    const asked: { uniqueId: string; signApiKey: string | undefined }[] = [];
    source = new TikTokSource({
      uniqueId: '@ocop.shop',
      signApiKey: 'euler-key',
      backoff: fastRetry,
      connectionFactory: (uniqueId, options) => {
        asked.push({ uniqueId, ...options });
        const room = new FakeRoom();
        rooms.push(room);
        return room;
      },
    });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'live');
    expect(asked).toEqual([{ uniqueId: 'ocop.shop', signApiKey: 'euler-key' }]);
    const room = rooms[0]!;

    room.emit(WebcastEvent.CHAT, wire(WebcastChatMessage, { comment: 'chốt 2 hũ phấn hoa', common: common('7312345678901234567', '1735700000000'), user: user('6890000000000000001', 'lan.nguyen', 'Lan 🌸') }));
    room.emit(WebcastEvent.LIKE, wire(WebcastLikeMessage, { likeCount: 15, totalLikeCount: 1200, common: common('1', '1735700001000'), user: user('6890000000000000002', 'binh', 'Bình') }));
    const rose = wire(Gift, { giftName: 'Rose', giftType: 1 });
    room.emit(WebcastEvent.GIFT, wire(WebcastGiftMessage, { giftId: 5655, repeatCount: 3, repeatEnd: 0, giftDetails: rose, common: common('2', '1735700002000'), user: user('6890000000000000003', 'chi', 'Chi') }));
    room.emit(WebcastEvent.GIFT, wire(WebcastGiftMessage, { giftId: 5655, repeatCount: 5, repeatEnd: 1, giftDetails: rose, common: common('3', '1735700003000'), user: user('6890000000000000003', 'chi', 'Chi') }));
    room.emit(WebcastEvent.MEMBER, wire(WebcastMemberMessage, { common: common('4', '1735700004000'), user: user('6890000000000000004', 'dung', 'Dũng') }));
    room.emit(ControlEvent.ERROR, { info: 'Websocket message decoding failed', exception: new Error('bad frame') });

    await seen.until(() => seen.messages.length === 1 && seen.activities.length === 3);
    expect(seen.messages[0]).toEqual({
      platform: 'tiktok',
      messageId: '7312345678901234567',
      userId: '6890000000000000001',
      userName: 'Lan 🌸',
      text: 'chốt 2 hũ phấn hoa',
      sentAt: new Date(1735700000000).toISOString(),
    });
    expect(seen.activities).toEqual([
      { kind: 'like', userId: '6890000000000000002', userName: 'Bình', count: 15, totalCount: 1200, at: new Date(1735700001000).toISOString() },
      // The streak's middle frame is not reported; its end is, once.
      { kind: 'gift', userId: '6890000000000000003', userName: 'Chi', giftId: 5655, giftName: 'Rose', repeatCount: 5, at: new Date(1735700003000).toISOString() },
      { kind: 'join', userId: '6890000000000000004', userName: 'Dũng', at: new Date(1735700004000).toISOString() },
    ]);

    room.emit(WebcastEvent.STREAM_END, { action: 3 });
    await seen.until(() => source!.state.kind === 'ended');
    expect(source.state).toMatchObject({ reason: { code: 'TIKTOK_ENDED' } });
    expect(room.disconnects).toBe(1);
  });

  it('marks what the streamer and their moderators write as the shop’s own, and nothing a viewer writes', async () => {
    const rooms: FakeRoom[] = [];
    source = new TikTokSource({ uniqueId: 'ocop.shop', backoff: fastRetry, connectionFactory: () => { const r = new FakeRoom(); rooms.push(r); return r; } });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'live');
    const room = rooms[0]!;
    const identity = (fields: Partial<WebcastChatMessage_UserIdentity>) => wire(WebcastChatMessage_UserIdentity, fields);
    room.emit(WebcastEvent.CHAT, wire(WebcastChatMessage, { comment: 'đã ghi đơn chị Lan 2 hũ', common: common('11', '1735700000000'), user: user('1', 'ocop.shop', 'OCOP Shop'), userIdentity: identity({ isAnchor: true }) }));
    room.emit(WebcastEvent.CHAT, wire(WebcastChatMessage, { comment: 'chốt 1 chai cho bạn Tuấn', common: common('12', '1735700001000'), user: user('2', 'mod.thao', 'Thảo'), userIdentity: identity({ isModeratorOfAnchor: true }) }));
    room.emit(WebcastEvent.CHAT, wire(WebcastChatMessage, { comment: 'chốt 2 hũ', common: common('13', '1735700002000'), user: user('3', 'lan', 'Lan'), userIdentity: identity({ isFollowerOfAnchor: true }) }));
    await seen.until(() => seen.messages.length === 3);
    expect(seen.messages.map((m) => [m.messageId, m.fromShop])).toEqual([
      ['11', true],
      ['12', true],
      ['13', undefined],
    ]);
  });

  it('reconnects after a drop with a new connection, and the replayed recent chat is not repeated', async () => {
    const rooms: FakeRoom[] = [];
    source = new TikTokSource({ uniqueId: 'ocopshop', backoff: fastRetry, connectionFactory: () => { const r = new FakeRoom(); rooms.push(r); return r; } });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'live');
    const hello = wire(WebcastChatMessage, { comment: 'MO1 x2', common: common('900', '1735700000000'), user: user('1', 'an', 'An') });
    rooms[0]!.emit(WebcastEvent.CHAT, hello);
    await seen.until(() => seen.messages.length === 1);

    rooms[0]!.emit(ControlEvent.DISCONNECTED, { code: 1006, reason: '' });
    await seen.until(() => rooms.length === 2 && source!.state.kind === 'live');
    expect(seen.kinds()).toEqual(['connecting', 'live', 'reconnecting', 'connecting', 'live']);
    // processInitialData replays the last minutes of chat on connect.
    rooms[1]!.emit(WebcastEvent.CHAT, hello);
    rooms[1]!.emit(WebcastEvent.CHAT, wire(WebcastChatMessage, { comment: '+1', common: common('901', '1735700005000'), user: user('2', 'binh', 'Bình') }));
    // The old connection is dead to us even if it still says something.
    rooms[0]!.emit(WebcastEvent.CHAT, wire(WebcastChatMessage, { comment: 'ghost', common: common('902', '1735700006000'), user: user('3', 'x', 'X') }));
    await seen.until(() => seen.messages.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.messages.map((m) => m.messageId)).toEqual(['900', '901']);
  });

  it('keeps trying while the streamer is not live yet, and fails plainly when the signing key is refused', async () => {
    const rooms: FakeRoom[] = [];
    source = new TikTokSource({
      uniqueId: 'ocopshop',
      backoff: fastRetry,
      connectionFactory: () => {
        const room = new FakeRoom();
        if (rooms.length < 2) room.failNext = new UserOfflineError("The requested user isn't online :(");
        rooms.push(room);
        return room;
      },
    });
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'live');
    expect(seen.states.filter((s) => s.kind === 'reconnecting').map((s) => (s.kind === 'reconnecting' ? s.reason.code : ''))).toEqual(['TIKTOK_OFFLINE', 'TIKTOK_OFFLINE']);
    await source.stop();

    source = new TikTokSource({
      uniqueId: 'ocopshop',
      signApiKey: 'bad-secret-key',
      backoff: fastRetry,
      connectionFactory: () => {
        const room = new FakeRoom();
        room.failNext = new SignAPIError(ErrorReason.SIGN_NOT_200, undefined, undefined, 'Invalid API key');
        return room;
      },
    });
    const again = recordSource(source);
    source.start();
    await again.until(() => source!.state.kind === 'failed');
    expect(source.state).toMatchObject({ reason: { code: 'TIKTOK_SIGN' } });
    expect(JSON.stringify(again.states)).not.toContain('bad-secret-key');
  });

  /** A source whose every connect fails with `error()` until `failures` attempts have failed. */
  const failingSource = (error: () => Error, failures = Number.POSITIVE_INFINITY) => {
    const rooms: FakeRoom[] = [];
    const made = new TikTokSource({
      uniqueId: 'ocopshop',
      signApiKey: 'bad-secret-key',
      backoff: fastRetry,
      connectionFactory: () => {
        const room = new FakeRoom();
        if (rooms.length < failures) room.failNext = error();
        rooms.push(room);
        return room;
      },
    });
    return { source: made, rooms };
  };

  it('fails plainly on a refused signing key by the connector’s error class, whatever name a minifier gives the class', async () => {
    // What a minified bundle leaves of `class SignAPIError`: the same class, another name.
    const Renamed = [class extends SignAPIError {}][0]!;
    Object.defineProperty(Renamed, 'name', { value: 'e' });
    for (const error of [
      () => new Renamed(ErrorReason.SIGN_NOT_200, undefined, undefined, 'Unexpected sign server status 401. Payload: {"message":"Invalid API key"}'),
      () => new PremiumFeatureError('You do not have permission from the signature provider to sign this URL.', 'Error fetching the signed TikTok WebSocket'),
    ]) {
      const made = failingSource(error);
      source = made.source;
      const seen = recordSource(source);
      source.start();
      await seen.until(() => source!.state.kind === 'failed', 5000, 'failed');
      expect(source.state).toMatchObject({ reason: { code: 'TIKTOK_SIGN', messageVi: expect.stringContaining('Khoá ký (signing key) bị từ chối') as unknown, messageEn: expect.stringContaining('signing key was refused') as unknown } });
      expect(made.rooms).toHaveLength(1);
      expect(JSON.stringify(seen.states)).not.toContain('bad-secret-key');
    }
  });

  it('fails plainly when the signing service refuses the key while looking up the live room', async () => {
    const made = failingSource(
      () =>
        new FetchIsLiveError([
          new Error('Failed to extract Room ID from HTML.'),
          new Error('Failed to retrieve Room ID from Euler Stream, which was made as a last resort due to the previous methods failing. This happened due to a >>lack of permission<< for you to use Euler Stream\'s fallback method.'),
        ]),
    );
    source = made.source;
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'failed', 5000, 'failed');
    expect(source.state).toMatchObject({ reason: { code: 'TIKTOK_SIGN' } });
    expect(made.rooms).toHaveLength(1);
  });

  it('retries when the signing service cannot be reached or fails on its side, instead of blaming the key', async () => {
    let n = 0;
    const made = failingSource(
      () => (n++ === 0 ? new SignAPIError(ErrorReason.CONNECT_ERROR, undefined, undefined, 'Failed to connect to sign server.') : new SignAPIError(ErrorReason.SIGN_NOT_200, 'req-1', undefined, 'Unexpected sign server status 503. Payload:\n"Service Unavailable"')),
      2,
    );
    source = made.source;
    const seen = recordSource(source);
    source.start();
    await seen.until(() => source!.state.kind === 'live', 5000, 'live after two retries');
    expect(seen.states.flatMap((s) => (s.kind === 'reconnecting' ? [s.reason.code] : []))).toEqual(['TIKTOK_SIGN_UNREACHABLE', 'TIKTOK_SIGN_UNREACHABLE']);
  });

  it('builds the real connector by default, with the signing key, without connecting', async () => {
    const connection = await defaultTikTokConnectionFactory('ocopshop', { signApiKey: 'k-123' });
    expect(connection.constructor.name).toBe('TikTokLiveConnection');
    expect((connection as unknown as { options: { signApiKey: string } }).options.signApiKey).toBe('k-123');
  });

  it('accepts @names and profile links', () => {
    expect(normaliseTikTokUser('@ocop.shop')).toBe('ocop.shop');
    expect(normaliseTikTokUser('https://www.tiktok.com/@ocop_shop/live')).toBe('ocop_shop');
    expect(() => normaliseTikTokUser('no spaces please')).toThrow();
  });
});
