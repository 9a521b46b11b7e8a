// Twitch chat through tmi.js: an anonymous, read-only join (justinfan), so no
// token is needed. Message and user ids come from the IRC tags (`id`,
// `user-id`, `tmi-sent-ts`). tmi.js's own reconnect is off: ours adds jitter
// and reports each step as a state.
import tmi from 'tmi.js';
import type { ChatUserstate } from 'tmi.js';
import { BaseChatSource, type BaseSourceOptions } from '../base-chat-source';
import { describeError, reason } from '../chat-source';

export const DEFAULT_TWITCH_URL = 'wss://irc-ws.chat.twitch.tv:443';

export interface TwitchSourceOptions extends BaseSourceOptions {
  channel: string;
  /** The IRC-over-WebSocket endpoint (ws:// or wss://), for proxies and tests. */
  url?: string;
  /** A connection the server has not welcomed by then is dropped and retried (a slow network: retried for as long as it takes). */
  connectTimeoutMs?: number;
  /** A welcomed connection that has not joined the channel by then is dropped and retried. */
  joinTimeoutMs?: number;
  /** Joins that time out this many times in a row fail the source: Twitch stays silent about a mistyped or deleted channel. */
  maxJoinTimeouts?: number;
}

/** NOTICE ids that say the channel cannot be read at all (tmi.js passes them on as `notice`). */
const CHANNEL_REFUSALS = new Set(['msg_channel_suspended', 'msg_banned', 'msg_room_not_found', 'tos_ban', 'invalid_user']);

/** Channel names are what follows twitch.tv/: 2–25 letters, digits, underscores. */
export function normaliseTwitchChannel(input: string): string {
  const trimmed = input.trim().replace(/^#/, '').replace(/^https?:\/\/(www\.)?twitch\.tv\//i, '').split(/[/?#]/)[0] ?? '';
  const channel = trimmed.toLowerCase();
  if (!/^[a-z0-9_]{2,25}$/.test(channel)) throw new Error(`Invalid Twitch channel: ${JSON.stringify(input.slice(0, 60))}`);
  return channel;
}

function endpoint(url: string): { server: string; port: number; secure: boolean } {
  const parsed = new URL(url);
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') throw new Error(`Twitch URL must be ws:// or wss://, got ${parsed.protocol}`);
  const secure = parsed.protocol === 'wss:';
  // tmi.js always uses port 443 for wss://, so another port would silently be ignored.
  if (secure && parsed.port && parsed.port !== '443') throw new Error('tmi.js supports wss:// on port 443 only; use ws:// for other ports');
  return { server: parsed.hostname, port: parsed.port ? Number(parsed.port) : secure ? 443 : 80, secure };
}

/** tmi.js turns tag values "1" and "0" into booleans (a user id of 1 becomes `true`): give the text back. */
function tagText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  return undefined;
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

type TmiClient = tmi.Client;

export class TwitchSource extends BaseChatSource {
  private client: TmiClient | undefined;
  private connectTimer: NodeJS.Timeout | undefined;
  private readonly channel: string;
  private readonly url: string;
  private readonly connectTimeoutMs: number;
  private readonly joinTimeoutMs: number;
  private readonly maxJoinTimeouts: number;
  private joinTimeouts = 0;

  constructor(options: TwitchSourceOptions) {
    const channel = normaliseTwitchChannel(options.channel);
    super('twitch', channel, options);
    this.channel = channel;
    this.url = options.url ?? DEFAULT_TWITCH_URL;
    this.connectTimeoutMs = options.connectTimeoutMs ?? 15_000;
    this.joinTimeoutMs = options.joinTimeoutMs ?? 10_000;
    this.maxJoinTimeouts = options.maxJoinTimeouts ?? 3;
  }

  protected async open(generation: number): Promise<void> {
    const { server, port, secure } = endpoint(this.url);
    const connection = { server, port, secure, reconnect: false };
    const client = new tmi.Client({
      options: { skipUpdatingEmotesets: true, skipMembership: true, joinInterval: 300 },
      connection,
      channels: [this.channel],
      logger: quiet,
    });
    this.client = client;

    client.on('connected', () => {
      // The server has welcomed us: from here on, only the channel can keep the join from coming.
      this.clearConnectTimer();
      this.connectTimer = setTimeout(() => this.joinTimedOut(generation), this.joinTimeoutMs);
    });
    client.on('join', (_channel: string, _user: string, self: boolean) => {
      if (!self) return;
      this.clearConnectTimer();
      this.joinTimeouts = 0;
      this.markLive(generation);
    });
    client.on('message', (_channel: string, tags: ChatUserstate, text: string, self: boolean) => {
      if (self || tags['message-type'] === 'whisper') return;
      const userId = tagText(tags['user-id']) ?? tagText(tags.username) ?? 'unknown';
      const sentMs = Number(tagText(tags['tmi-sent-ts']));
      const sentAt = Number.isFinite(sentMs) && sentMs > 0 ? new Date(sentMs) : this.now();
      this.emitMessage(generation, {
        platform: 'twitch',
        // Every PRIVMSG carries a unique `id` tag; the fallback only guards a server that leaves it out.
        messageId: tagText(tags.id) ?? `${userId}:${sentAt.getTime()}`,
        userId,
        userName: tagText(tags['display-name']) || tagText(tags.username) || userId,
        text,
        sentAt: sentAt.toISOString(),
        ...(fromChannelTeam(tags) ? { fromShop: true } : {}),
      });
    });
    client.on('raw_message', (message: { [property: string]: unknown }) => {
      // Twitch asks clients to move before a server restarts; we reconnect on our own schedule.
      if (message.command === 'RECONNECT') {
        this.connectionLost(generation, reason('SERVER_RECONNECT', 'Twitch yêu cầu kết nối lại', 'Twitch asked us to reconnect'));
      }
    });
    client.on('notice', (_channel: string, msgid: string, text: string) => {
      if (!CHANNEL_REFUSALS.has(msgid)) return;
      const said = text.slice(0, 200);
      this.fail(
        generation,
        reason(
          'CHANNEL_UNAVAILABLE',
          `Không đọc được bình luận kênh Twitch "${this.channel}": Twitch báo kênh bị khoá, bị cấm hoặc không tồn tại (${msgid}: ${said}).`,
          `Cannot read the chat of the Twitch channel "${this.channel}": Twitch says it is suspended, banned or does not exist (${msgid}: ${said}).`,
        ),
      );
    });
    client.on('disconnected', (why: string) => {
      this.connectionLost(generation, reason('DISCONNECTED', `Mất kết nối Twitch (${why})`, `Lost the Twitch connection (${why})`));
    });

    this.connectTimer = setTimeout(() => {
      this.connectionLost(generation, reason('TIMEOUT', 'Twitch không trả lời kịp', 'Twitch did not answer in time'));
    }, this.connectTimeoutMs);
    try {
      await client.connect();
    } catch (error) {
      throw new Error(describeError(error));
    }
  }

  protected async close(): Promise<void> {
    this.clearConnectTimer();
    const client = this.client;
    this.client = undefined;
    if (client) retire(client);
  }

  private joinTimedOut(generation: number): void {
    if (!this.isCurrent(generation)) return;
    this.joinTimeouts += 1;
    if (this.joinTimeouts >= this.maxJoinTimeouts) {
      return this.fail(
        generation,
        reason(
          'TWITCH_CHANNEL_NOT_JOINED',
          `Không vào được kênh Twitch "${this.channel}" sau ${this.joinTimeouts} lần thử: kênh không tồn tại hoặc gõ sai tên. Hãy kiểm tra phần sau twitch.tv/ trong link kênh.`,
          `Could not join the Twitch channel "${this.channel}" after ${this.joinTimeouts} tries: it does not exist or its name is mistyped. Check what follows twitch.tv/ in the channel's link.`,
        ),
      );
    }
    this.connectionLost(
      generation,
      reason(
        'JOIN_TIMEOUT',
        `Chưa vào được kênh Twitch "${this.channel}" (lần ${this.joinTimeouts}/${this.maxJoinTimeouts}); thử lại.`,
        `Has not joined the Twitch channel "${this.channel}" yet (try ${this.joinTimeouts} of ${this.maxJoinTimeouts}); retrying.`,
      ),
    );
  }

  private clearConnectTimer(): void {
    if (this.connectTimer) clearTimeout(this.connectTimer);
    this.connectTimer = undefined;
  }
}

/**
 * Closes a tmi.js client for good. tmi.js answers a RECONNECT by calling its
 * own connect() after a delay even with reconnect off, so a retired client's
 * connect becomes a no-op; its socket is closed even while still connecting.
 */
function retire(client: TmiClient): void {
  client.removeAllListeners();
  client.on('error' as never, () => undefined);
  Object.assign(client, { connect: () => Promise.resolve(['', 0]) });
  const socket = (client as unknown as { ws: { close(): void; readyState: number } | null }).ws;
  try {
    socket?.close();
  } catch {
    // already closed
  }
}

/** The broadcaster or a moderator (IRC tags `badges`, `mod`): the shop's own people. */
function fromChannelTeam(tags: ChatUserstate): boolean {
  const badges = tags.badges ?? {};
  return tags.mod === true || badges.broadcaster !== undefined || badges.moderator !== undefined;
}
