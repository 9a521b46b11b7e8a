// YouTube live chat through the Data API v3 with an API key:
// videos.list (part=liveStreamingDetails) gives the activeLiveChatId, then
// liveChatMessages.list is polled with pageToken, waiting the
// pollingIntervalMillis YouTube asks for. Quota and chat-ended answers become
// clear states; nothing here ever polls faster than YouTube allows.
import { z } from 'zod';
import { BaseChatSource, type BaseSourceOptions } from '../base-chat-source';
import { describeError, reason, type SourceReason } from '../chat-source';
import { endpointUrl, getJson, HttpStatusError, sleep } from '../http';

export const DEFAULT_YOUTUBE_API_BASE = 'https://www.googleapis.com/youtube/v3';

export interface YouTubeSourceOptions extends BaseSourceOptions {
  videoId: string;
  apiKey: string;
  apiBase?: string;
  /** Floor under YouTube's pollingIntervalMillis (a missing or zero value must not become a busy loop). */
  minPollMs?: number;
  /** Used when YouTube gives no interval. */
  defaultPollMs?: number;
}

/** Accepts a bare 11-character id or any youtube.com / youtu.be link to the video. */
export function normaliseYouTubeVideoId(input: string): string {
  const text = input.trim();
  let candidate = text;
  if (/^https?:\/\//i.test(text)) {
    const url = new URL(text);
    candidate =
      url.searchParams.get('v') ??
      url.pathname.match(/\/(?:live|shorts|embed)\/([^/?#]+)/)?.[1] ??
      (url.hostname.endsWith('youtu.be') ? url.pathname.slice(1) : '');
  }
  if (!/^[A-Za-z0-9_-]{6,20}$/.test(candidate)) throw new Error(`Invalid YouTube video id: ${JSON.stringify(input.slice(0, 80))}`);
  return candidate;
}

const videosSchema = z.object({
  items: z
    .array(
      z.object({
        id: z.string().optional(),
        liveStreamingDetails: z
          .object({ activeLiveChatId: z.string().optional(), actualEndTime: z.string().optional(), actualStartTime: z.string().optional() })
          .optional(),
      }),
    )
    .default([]),
});

const chatItemSchema = z.object({
  id: z.string(),
  snippet: z
    .object({
      type: z.string().optional(),
      publishedAt: z.string().optional(),
      displayMessage: z.string().optional(),
      authorChannelId: z.string().optional(),
      textMessageDetails: z.object({ messageText: z.string() }).optional(),
      superChatDetails: z.object({ userComment: z.string().optional() }).optional(),
    })
    .default({}),
  authorDetails: z
    .object({ channelId: z.string().optional(), displayName: z.string().optional(), isChatOwner: z.boolean().optional(), isChatModerator: z.boolean().optional() })
    .optional(),
});

const chatPageSchema = z.object({
  nextPageToken: z.string().optional(),
  pollingIntervalMillis: z.number().optional(),
  offlineAt: z.string().optional(),
  items: z.array(z.unknown()).default([]),
});

const errorSchema = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    errors: z.array(z.object({ reason: z.string().optional(), domain: z.string().optional() })).optional(),
  }),
});

type Verdict = { kind: 'fail' | 'end' | 'retry'; reason: SourceReason };

const QUOTA = reason(
  'YOUTUBE_QUOTA',
  'Đã hết hạn mức (quota) YouTube API hôm nay của khoá này. Hạn mức được cấp lại lúc nửa đêm giờ Thái Bình Dương (khoảng 14–15 giờ chiều giờ Việt Nam). Có thể dùng khoá API khác hoặc xin Google thêm hạn mức.',
  "This API key has used up today's YouTube API quota. It resets at midnight Pacific time. Use another API key or ask Google for more quota.",
);

/** What an error answer from YouTube means for us: give up, the stream is over, or try again later. */
export function classifyYouTubeError(status: number, body: unknown): Verdict {
  const parsed = errorSchema.safeParse(body);
  const reasons = parsed.success ? (parsed.data.error.errors ?? []).map((e) => e.reason ?? '') : [];
  const has = (r: string) => reasons.includes(r);
  if (has('quotaExceeded') || has('dailyLimitExceeded')) return { kind: 'fail', reason: QUOTA };
  if (has('liveChatEnded') || has('liveChatNotFound')) {
    return { kind: 'end', reason: reason('YOUTUBE_CHAT_ENDED', 'Buổi live YouTube đã kết thúc, phần trò chuyện đã đóng.', 'The YouTube live stream has ended; its chat is closed.') };
  }
  if (has('liveChatDisabled')) {
    return { kind: 'fail', reason: reason('YOUTUBE_CHAT_DISABLED', 'Video này đã tắt trò chuyện trực tiếp.', 'Live chat is turned off for this video.') };
  }
  if (has('keyInvalid') || has('keyExpired') || (status === 400 && /API key/i.test(parsed.success ? (parsed.data.error.message ?? '') : ''))) {
    return { kind: 'fail', reason: reason('YOUTUBE_BAD_KEY', 'Khoá API YouTube không hợp lệ hoặc đã hết hạn.', 'The YouTube API key is not valid or has expired.') };
  }
  if (has('accessNotConfigured') || has('SERVICE_DISABLED')) {
    return {
      kind: 'fail',
      reason: reason('YOUTUBE_API_DISABLED', 'Dự án Google của khoá này chưa bật "YouTube Data API v3".', 'The Google project of this key has not enabled "YouTube Data API v3".'),
    };
  }
  if (status === 403 && !has('rateLimitExceeded') && !has('userRateLimitExceeded')) {
    return { kind: 'fail', reason: reason('YOUTUBE_FORBIDDEN', 'YouTube không cho khoá này đọc trò chuyện của video.', 'YouTube does not let this key read the chat of the video.') };
  }
  if (status === 404) return { kind: 'fail', reason: reason('YOUTUBE_NOT_FOUND', 'Không tìm thấy video YouTube này.', 'This YouTube video was not found.') };
  return { kind: 'retry', reason: reason('YOUTUBE_HTTP', `YouTube trả lỗi ${status}`, `YouTube answered ${status}`) };
}

export class YouTubeSource extends BaseChatSource {
  private readonly videoId: string;
  private readonly apiKey: string;
  private readonly apiBase: string;
  private readonly minPollMs: number;
  private readonly defaultPollMs: number;
  private liveChatId: string | undefined;
  /** Kept across reconnects so that a retry resumes after the last page instead of replaying history. */
  private pageToken: string | undefined;
  private abort: AbortController | undefined;

  constructor(options: YouTubeSourceOptions) {
    const videoId = normaliseYouTubeVideoId(options.videoId);
    super('youtube', videoId, options);
    if (!options.apiKey) throw new Error('A YouTube API key is required');
    this.videoId = videoId;
    this.apiKey = options.apiKey;
    this.apiBase = options.apiBase ?? DEFAULT_YOUTUBE_API_BASE;
    this.minPollMs = options.minPollMs ?? 1000;
    this.defaultPollMs = options.defaultPollMs ?? 5000;
  }

  protected async open(generation: number): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    void this.run(generation, abort.signal);
  }

  protected async close(): Promise<void> {
    this.abort?.abort();
    this.abort = undefined;
  }

  private async run(generation: number, signal: AbortSignal): Promise<void> {
    try {
      if (!this.liveChatId) {
        const chatId = await this.findLiveChat(generation, signal);
        if (!chatId) return;
        this.liveChatId = chatId;
      }
      while (this.isCurrent(generation)) {
        const url = endpointUrl(this.apiBase, '/liveChat/messages', {
          liveChatId: this.liveChatId,
          part: 'snippet,authorDetails',
          maxResults: '2000',
          pageToken: this.pageToken,
          key: this.apiKey,
        });
        const page = chatPageSchema.parse(await getJson(url, signal));
        if (!this.isCurrent(generation)) return;
        this.markLive(generation);
        for (const raw of page.items) this.handleItem(generation, raw);
        if (page.nextPageToken) this.pageToken = page.nextPageToken;
        if (page.offlineAt) {
          this.end(generation, reason('YOUTUBE_OFFLINE', 'Buổi live YouTube đã kết thúc.', 'The YouTube live stream has ended.'));
          return;
        }
        const wait = Math.max(this.minPollMs, page.pollingIntervalMillis ?? this.defaultPollMs);
        await sleep(wait, signal);
      }
    } catch (error) {
      this.handleError(generation, error);
    }
  }

  private async findLiveChat(generation: number, signal: AbortSignal): Promise<string | undefined> {
    const url = endpointUrl(this.apiBase, '/videos', { part: 'liveStreamingDetails', id: this.videoId, key: this.apiKey });
    const videos = videosSchema.parse(await getJson(url, signal));
    const video = videos.items[0];
    if (!video) {
      this.fail(generation, reason('YOUTUBE_NOT_FOUND', `Không tìm thấy video YouTube "${this.videoId}".`, `YouTube video "${this.videoId}" was not found.`));
      return undefined;
    }
    const details = video.liveStreamingDetails;
    if (!details) {
      this.fail(generation, reason('YOUTUBE_NOT_LIVE', 'Video này không phải buổi phát trực tiếp.', 'This video is not a live stream.'));
      return undefined;
    }
    if (details.activeLiveChatId) return details.activeLiveChatId;
    if (details.actualEndTime) {
      this.end(generation, reason('YOUTUBE_OFFLINE', 'Buổi live YouTube đã kết thúc.', 'The YouTube live stream has ended.'));
      return undefined;
    }
    // Scheduled but not started yet (or chat not open yet): check again later, politely.
    this.connectionLost(generation, reason('YOUTUBE_NOT_STARTED', 'Buổi live chưa bắt đầu hoặc chưa mở trò chuyện; sẽ thử lại.', 'The live stream has not started or its chat is not open yet; will retry.'));
    return undefined;
  }

  private handleItem(generation: number, raw: unknown): void {
    const parsed = chatItemSchema.safeParse(raw);
    if (!parsed.success) return;
    const item = parsed.data;
    const snippet = item.snippet;
    const text =
      snippet.type === 'superChatEvent'
        ? snippet.superChatDetails?.userComment
        : snippet.type === undefined || snippet.type === 'textMessageEvent'
          ? (snippet.textMessageDetails?.messageText ?? snippet.displayMessage)
          : undefined;
    if (text === undefined || text === '') return;
    const userId = item.authorDetails?.channelId ?? snippet.authorChannelId ?? 'unknown';
    const sent = snippet.publishedAt ? new Date(snippet.publishedAt) : this.now();
    this.emitMessage(generation, {
      platform: 'youtube',
      messageId: item.id,
      userId,
      userName: item.authorDetails?.displayName ?? userId,
      text: text.slice(0, 10_000),
      sentAt: Number.isNaN(sent.getTime()) ? this.now().toISOString() : sent.toISOString(),
      // the channel's owner or a moderator: the shop's own voice
      ...(item.authorDetails?.isChatOwner === true || item.authorDetails?.isChatModerator === true ? { fromShop: true } : {}),
    });
  }

  private handleError(generation: number, error: unknown): void {
    if (!this.isCurrent(generation)) return;
    if (error instanceof HttpStatusError) {
      const verdict = classifyYouTubeError(error.status, error.body);
      if (verdict.kind === 'fail') return this.fail(generation, verdict.reason);
      if (verdict.kind === 'end') return this.end(generation, verdict.reason);
      return this.connectionLost(generation, verdict.reason);
    }
    if (error instanceof z.ZodError) {
      return this.connectionLost(generation, reason('YOUTUBE_BAD_ANSWER', 'YouTube trả dữ liệu không đúng dạng', 'YouTube answered with an unexpected shape'));
    }
    this.connectionLost(generation, reason('NETWORK', `Lỗi mạng khi gọi YouTube: ${describeError(error)}`, `Network error calling YouTube: ${describeError(error)}`));
  }
}
