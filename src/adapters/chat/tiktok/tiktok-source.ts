// TikTok LIVE chat through tiktok-live-connector. UNOFFICIAL: TikTok has no
// public chat API; the connector reads the web client's protocol and needs a
// signing key (Euler Stream) from the user. It can break whenever TikTok
// changes; the UI says so. Besides comments it reports likes, gifts and joins
// as activities (never orders).
import type * as TikTokConnector from 'tiktok-live-connector';
import { z } from 'zod';
import { BaseChatSource, type BaseSourceOptions } from '../base-chat-source';
import { describeError, reason, type SourceReason } from '../chat-source';

/** The part of the connector's TikTokLiveConnection this adapter uses (an EventEmitter). */
export interface TikTokConnection {
  on(event: string, listener: (payload: unknown) => void): unknown;
  removeAllListeners(): unknown;
  connect(): Promise<unknown>;
  disconnect(): Promise<unknown> | unknown;
}

export type TikTokConnectionFactory = (uniqueId: string, options: { signApiKey: string | undefined }) => TikTokConnection | Promise<TikTokConnection>;

export interface TikTokSourceOptions extends BaseSourceOptions {
  /** The streamer's @name. */
  uniqueId: string;
  signApiKey?: string;
  /** Makes the connection; the real connector by default. Tests pass an emitter speaking the connector's events. */
  connectionFactory?: TikTokConnectionFactory;
}

/** The connector's event names (its WebcastEvent / ControlEvent enums). */
export const TIKTOK_EVENTS = {
  chat: 'chat',
  like: 'like',
  gift: 'gift',
  member: 'member',
  streamEnd: 'streamEnd',
  connected: 'connected',
  disconnected: 'disconnected',
  error: 'error',
} as const;

export const defaultTikTokConnectionFactory: TikTokConnectionFactory = async (uniqueId, options) => {
  // Loaded on demand: the connector pulls in protobuf and HTTP stacks that other sources never need.
  const { TikTokLiveConnection } = await import('tiktok-live-connector');
  return new TikTokLiveConnection(uniqueId, {
    signApiKey: options.signApiKey ?? null,
    processInitialData: true,
    fetchRoomInfoOnConnect: true,
    enableExtendedGiftInfo: false,
  }) as unknown as TikTokConnection;
};

/** The connector's error classes, from the same module instance that throws them (loaded on demand, like the connector). */
export type TikTokConnectorErrors = Pick<
  typeof TikTokConnector,
  'UserOfflineError' | 'InvalidUniqueIdError' | 'SignAPIError' | 'SignatureRateLimitError' | 'FetchIsLiveError' | 'ErrorReason'
>;

export const loadTikTokConnectorErrors = async (): Promise<TikTokConnectorErrors> => await import('tiktok-live-connector');

/**
 * Whether a failed connect is worth retrying. By class (instanceof), never by
 * class name: names change under a minifier and subclasses would slip past a
 * list, and a refused signing key must fail instead of retrying forever.
 */
export function classifyTikTokError(error: unknown, uniqueId: string, errors: TikTokConnectorErrors): { kind: 'fail' | 'retry'; reason: SourceReason } {
  const detail = describeError(error);
  const refusedKey = (why: string) => ({
    kind: 'fail' as const,
    reason: reason('TIKTOK_SIGN', `Khoá ký (signing key) bị từ chối hoặc thiếu: ${why}`, `The signing key was refused or is missing: ${why}`),
  });
  if (error instanceof errors.UserOfflineError) {
    return { kind: 'retry', reason: reason('TIKTOK_OFFLINE', `@${uniqueId} chưa phát live; sẽ thử lại.`, `@${uniqueId} is not live yet; will retry.`) };
  }
  if (error instanceof errors.InvalidUniqueIdError) {
    return { kind: 'fail', reason: reason('TIKTOK_BAD_USER', `Tên TikTok "@${uniqueId}" không hợp lệ.`, `"@${uniqueId}" is not a valid TikTok name.`) };
  }
  // A subclass of SignAPIError: checked first.
  if (error instanceof errors.SignatureRateLimitError) {
    return { kind: 'retry', reason: reason('TIKTOK_SIGN_RATE_LIMIT', 'Dịch vụ ký (signing) đang giới hạn số lần gọi; sẽ thử lại sau.', 'The signing service is rate limiting; will retry later.') };
  }
  if (error instanceof errors.SignAPIError) {
    // Not reaching the signing service, or the service failing on its side, is the network's fault, not the key's.
    const status = Number(/status (\d{3})/.exec(error.message)?.[1]);
    if (error.reason === errors.ErrorReason.CONNECT_ERROR || (error.reason === errors.ErrorReason.SIGN_NOT_200 && status >= 500)) {
      return {
        kind: 'retry',
        reason: reason('TIKTOK_SIGN_UNREACHABLE', 'Không kết nối được dịch vụ ký (Euler Stream); sẽ thử lại.', 'Cannot reach the signing service (Euler Stream); will retry.'),
      };
    }
    return refusedKey(detail);
  }
  if (error instanceof errors.FetchIsLiveError) {
    // TikTok would not say which room is live; the last resort asks the signing service, whose refusal is a key problem.
    const inner = error.errors.find((e) => e instanceof errors.SignAPIError || /lack of permission/i.test(e.message));
    if (inner && !(inner instanceof errors.SignatureRateLimitError)) return refusedKey(describeError(inner));
    const why = describeError(error.errors.at(-1) ?? error) || 'room id';
    return { kind: 'retry', reason: reason('CONNECT_FAILED', `Không tìm được phòng live TikTok của @${uniqueId}: ${why}`, `Could not find @${uniqueId}'s TikTok live room: ${why}`) };
  }
  return { kind: 'retry', reason: reason('CONNECT_FAILED', `Không kết nối được TikTok: ${detail}`, `Could not connect to TikTok: ${detail}`) };
}

export function normaliseTikTokUser(input: string): string {
  const text = input.trim();
  const fromUrl = /^https?:\/\//i.test(text) ? (new URL(text).pathname.match(/\/@([^/?#]+)/)?.[1] ?? '') : text;
  const user = fromUrl.replace(/^@/, '');
  if (!/^[A-Za-z0-9_.]{2,24}$/.test(user)) throw new Error(`Invalid TikTok user: ${JSON.stringify(input.slice(0, 60))}`);
  return user;
}

// Payload shapes as the connector emits them (decoded protobuf: ids and times are strings).
const userSchema = z.object({ userId: z.string().default(''), uniqueId: z.string().default(''), nickname: z.string().default('') }).partial();
const commonSchema = z.object({ msgId: z.string().default(''), createTime: z.string().default('') }).partial();
const chatSchema = z.object({
  common: commonSchema.optional(),
  user: userSchema.optional(),
  comment: z.string(),
  /** Who the commenter is to the streamer: the streamer (anchor) or one of their moderators is the shop. */
  userIdentity: z.object({ isAnchor: z.boolean(), isModeratorOfAnchor: z.boolean() }).partial().optional(),
});
const likeSchema = z.object({ common: commonSchema.optional(), user: userSchema.optional(), likeCount: z.number(), totalLikeCount: z.number().optional() });
const giftSchema = z.object({
  common: commonSchema.optional(),
  user: userSchema.optional(),
  giftId: z.number(),
  repeatCount: z.number().default(1),
  repeatEnd: z.number().default(0),
  giftDetails: z.object({ giftName: z.string().default(''), giftType: z.number().default(0) }).partial().optional(),
});
const memberSchema = z.object({ common: commonSchema.optional(), user: userSchema.optional() });
const disconnectedSchema = z.object({ code: z.number().optional(), reason: z.string().optional() }).partial();

type TikTokUser = z.infer<typeof userSchema>;

export class TikTokSource extends BaseChatSource {
  private readonly uniqueId: string;
  private readonly signApiKey: string | undefined;
  private readonly factory: TikTokConnectionFactory;
  private connection: TikTokConnection | undefined;

  constructor(options: TikTokSourceOptions) {
    const uniqueId = normaliseTikTokUser(options.uniqueId);
    super('tiktok', uniqueId, { backoff: { initialMs: 2000, maxMs: 60_000 }, ...options });
    this.uniqueId = uniqueId;
    this.signApiKey = options.signApiKey;
    this.factory = options.connectionFactory ?? defaultTikTokConnectionFactory;
  }

  protected async open(generation: number): Promise<void> {
    const connection = await this.factory(this.uniqueId, { signApiKey: this.signApiKey });
    if (!this.isCurrent(generation)) {
      void Promise.resolve(connection.disconnect()).catch(() => undefined);
      return;
    }
    this.connection = connection;
    const on = (event: string, handler: (payload: unknown) => void) => connection.on(event, handler);

    on(TIKTOK_EVENTS.chat, (payload) => {
      const chat = chatSchema.safeParse(payload);
      if (!chat.success || chat.data.comment === '') return;
      const { user, common } = chat.data;
      const userId = userIdOf(user);
      const sentAt = timeOf(common?.createTime) ?? this.now();
      this.emitMessage(generation, {
        platform: 'tiktok',
        messageId: common?.msgId && common.msgId !== '0' ? common.msgId : `${userId}:${sentAt.getTime()}:${chat.data.comment.slice(0, 50)}`,
        userId,
        userName: nameOf(user),
        text: chat.data.comment.slice(0, 10_000),
        sentAt: sentAt.toISOString(),
        // the streamer or a moderator: the shop's own voice
        ...(this.fromShop(chat.data) ? { fromShop: true } : {}),
      });
    });
    on(TIKTOK_EVENTS.like, (payload) => {
      const like = likeSchema.safeParse(payload);
      if (!like.success) return;
      this.emitActivity(generation, {
        kind: 'like',
        userId: userIdOf(like.data.user),
        userName: nameOf(like.data.user),
        count: like.data.likeCount,
        ...(like.data.totalLikeCount !== undefined ? { totalCount: like.data.totalLikeCount } : {}),
        at: (timeOf(like.data.common?.createTime) ?? this.now()).toISOString(),
      });
    });
    on(TIKTOK_EVENTS.gift, (payload) => {
      const gift = giftSchema.safeParse(payload);
      if (!gift.success) return;
      // A streakable gift (type 1) repeats while the viewer holds the button; report it once, when the streak ends.
      if (gift.data.giftDetails?.giftType === 1 && !gift.data.repeatEnd) return;
      this.emitActivity(generation, {
        kind: 'gift',
        userId: userIdOf(gift.data.user),
        userName: nameOf(gift.data.user),
        giftId: gift.data.giftId,
        giftName: gift.data.giftDetails?.giftName ?? '',
        repeatCount: gift.data.repeatCount,
        at: (timeOf(gift.data.common?.createTime) ?? this.now()).toISOString(),
      });
    });
    on(TIKTOK_EVENTS.member, (payload) => {
      const member = memberSchema.safeParse(payload);
      if (!member.success) return;
      this.emitActivity(generation, {
        kind: 'join',
        userId: userIdOf(member.data.user),
        userName: nameOf(member.data.user),
        at: (timeOf(member.data.common?.createTime) ?? this.now()).toISOString(),
      });
    });
    on(TIKTOK_EVENTS.streamEnd, () => {
      this.end(generation, reason('TIKTOK_ENDED', 'Buổi live TikTok đã kết thúc.', 'The TikTok live has ended.'));
    });
    on(TIKTOK_EVENTS.connected, () => this.markLive(generation));
    on(TIKTOK_EVENTS.disconnected, (payload) => {
      const why = disconnectedSchema.safeParse(payload);
      const detail = why.success ? (why.data.reason || (why.data.code !== undefined ? `code ${why.data.code}` : '')) : '';
      this.connectionLost(generation, reason('DISCONNECTED', `Mất kết nối TikTok${detail ? ` (${detail})` : ''}`, `Lost the TikTok connection${detail ? ` (${detail})` : ''}`));
    });
    // The connector reports decoding hiccups here; the connection itself goes on.
    on(TIKTOK_EVENTS.error, () => undefined);

    try {
      await connection.connect();
      this.markLive(generation);
    } catch (error) {
      const errors = await loadTikTokConnectorErrors().catch(() => undefined);
      const verdict = errors
        ? classifyTikTokError(error, this.uniqueId, errors)
        : { kind: 'retry' as const, reason: reason('CONNECT_FAILED', `Không kết nối được TikTok: ${describeError(error)}`, `Could not connect to TikTok: ${describeError(error)}`) };
      if (verdict.kind === 'fail') this.fail(generation, verdict.reason);
      else this.connectionLost(generation, verdict.reason);
    }
  }

  protected async close(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    if (!connection) return;
    connection.removeAllListeners();
    connection.on(TIKTOK_EVENTS.error, () => undefined);
    await Promise.resolve(connection.disconnect()).catch(() => undefined);
  }

  /** The streamer (by the connector's identity flags, or their own name) or one of their moderators wrote it. */
  private fromShop(chat: z.infer<typeof chatSchema>): boolean {
    const identity = chat.userIdentity;
    return identity?.isAnchor === true || identity?.isModeratorOfAnchor === true || chat.user?.uniqueId?.toLowerCase() === this.uniqueId.toLowerCase();
  }
}

function userIdOf(user: TikTokUser | undefined): string {
  return user?.userId || user?.uniqueId || 'unknown';
}

function nameOf(user: TikTokUser | undefined): string {
  return user?.nickname || user?.uniqueId || userIdOf(user);
}

function timeOf(value: string | undefined): Date | undefined {
  const ms = Number(value);
  return Number.isFinite(ms) && ms > 0 ? new Date(ms) : undefined;
}
