// Facebook live comments through the Graph API with a page access token: the
// `live_comments` server-sent-event stream while it flows, and polling
// `/{live-video-id}/comments` while it does not (a dropped stream, a proxy that
// buffers SSE), trying the stream again every little while. When the stream
// stops, the video's status says whether the live is over.
//
// Sellers know their Page, not the LiveVideo id (the id in a video link is a
// Video id, which live_comments refuses), so the target may be a Page id or a
// Page or video link: the Page's current live is looked up when connecting.
import { createParser } from 'eventsource-parser';
import { z } from 'zod';
import type { ChatMessage } from '../../../core/chat/chat-message';
import { BaseChatSource, type BaseSourceOptions } from '../base-chat-source';
import { describeError, reason, type SourceReason } from '../chat-source';
import { endpointUrl, getJson, HttpStatusError, sleep } from '../http';

export const DEFAULT_FACEBOOK_GRAPH_BASE = 'https://graph.facebook.com/v21.0';
export const DEFAULT_FACEBOOK_STREAMING_BASE = 'https://streaming-graph.facebook.com';

/** Facebook samples the stream down to this rate; for taking orders we want every comment. */
export type FacebookCommentRate = 'one_per_two_seconds' | 'ten_per_second' | 'one_hundred_per_second';

export interface FacebookSourceOptions extends BaseSourceOptions {
  /** A Page id or username, a Page or video link, or a LiveVideo id (see parseFacebookTarget). */
  target: string;
  accessToken: string;
  /** Graph API base for polling and the video status (may carry a version path). */
  graphBase?: string;
  /** Base of the live_comments SSE stream. */
  streamingBase?: string;
  commentRate?: FacebookCommentRate;
  /** How often /comments is polled while the stream is down. */
  pollIntervalMs?: number;
  /** How long polling runs before the stream is tried again. */
  streamRetryMs?: number;
  /** A stream silent this long is treated as stopped (a dead connection on a weak network sends nothing). */
  streamIdleMs?: number;
  /**
   * While the stream has brought no comment for this long, /comments is asked
   * once (and again after each such spell): a stream that stalls without
   * closing would otherwise hold orders back until streamIdleMs.
   */
  quietCheckMs?: number;
}

const FIELDS = 'from{name,id},message,created_time';

/**
 * What a Facebook target names: a Page (its live is looked up), or a bare
 * number that may be a Page id or a LiveVideo id (tried as a Page first).
 */
export type FacebookTarget = { kind: 'page'; page: string } | { kind: 'pageOrLiveVideo'; id: string };

/** First path segments of facebook.com links that are not Pages (watch?v= and reel links carry a Video id only). */
const NOT_A_PAGE = new Set(['watch', 'reel', 'reels', 'groups', 'events', 'share', 'live', 'gaming', 'marketplace', 'stories', 'story.php', 'permalink.php', 'photo', 'photo.php', 'video.php', 'hashtag', 'search', 'login', 'home.php', 'friends']);

const NUMERIC_ID = /^\d{5,30}$/;
const PAGE_NAME = /^[A-Za-z0-9.]{1,50}$/;

export function parseFacebookTarget(input: string): FacebookTarget {
  const text = input.trim();
  const invalid = () => new Error(`Not a Facebook Page id or link: ${JSON.stringify(text.slice(0, 80))}`);
  if (NUMERIC_ID.test(text)) return { kind: 'pageOrLiveVideo', id: text };
  if (PAGE_NAME.test(text) && /[A-Za-z]/.test(text) && !/^(www\.|m\.)?(facebook|fb)\.com$/i.test(text)) return { kind: 'page', page: text };
  const withScheme = /^https?:\/\//i.test(text) ? text : /^([a-z]+\.)?(facebook|fb)\.com\//i.test(text) ? `https://${text}` : undefined;
  if (!withScheme || !URL.canParse(withScheme)) throw invalid();
  const url = new URL(withScheme);
  if (!/(^|\.)(facebook|fb)\.com$/i.test(url.hostname)) throw invalid();
  const parts = url.pathname.split('/').filter(Boolean);
  // Pages made since 2021 have no username: facebook.com/profile.php?id=N or /people/<name>/N.
  if (parts[0] === 'profile.php') {
    const id = url.searchParams.get('id') ?? '';
    if (NUMERIC_ID.test(id)) return { kind: 'page', page: id };
    throw invalid();
  }
  if (parts[0] === 'people' && parts[2] && NUMERIC_ID.test(parts[2])) return { kind: 'page', page: parts[2] };
  if (parts[0] === 'pg') parts.shift();
  const first = parts[0];
  if (!first || NOT_A_PAGE.has(first.toLowerCase())) throw invalid();
  // Older Page links end the name with the Page id: /OCOP-Shop-104000000000001/. A /videos/<id> after the Page is a
  // Video id, not the LiveVideo id live_comments needs: the Page's current live is read instead.
  const page = /-(\d{5,30})$/.exec(first)?.[1] ?? first;
  if (!PAGE_NAME.test(page)) throw invalid();
  return { kind: 'page', page };
}

const commentSchema = z.object({
  id: z.string(),
  message: z.string().default(''),
  created_time: z.string().optional(),
  from: z.object({ id: z.string(), name: z.string().default('') }).optional(),
});

const commentsPageSchema = z.object({
  data: z.array(z.unknown()).default([]),
  paging: z.object({ next: z.string().optional(), cursors: z.object({ after: z.string().optional() }).optional() }).optional(),
});

/** The cursor of the next page, or undefined on the last one (Graph leaves `next` out there). */
function nextCursor(paging: z.infer<typeof commentsPageSchema>['paging']): string | undefined {
  if (!paging?.next) return undefined;
  if (paging.cursors?.after) return paging.cursors.after;
  try {
    return new URL(paging.next).searchParams.get('after') ?? undefined;
  } catch {
    return undefined;
  }
}

const graphErrorSchema = z.object({
  error: z.object({ message: z.string().optional(), code: z.number().optional(), error_subcode: z.number().optional(), type: z.string().optional() }),
});

const ENDED_STATUSES = new Set(['LIVE_STOPPED', 'VOD', 'PROCESSING', 'SCHEDULED_EXPIRED', 'SCHEDULED_CANCELED']);

const liveVideosSchema = z.object({
  data: z.array(z.object({ id: z.string(), status: z.string().optional(), from: z.object({ id: z.string() }).optional() })).default([]),
});

/** Graph's codes for "no such object here": 100 (nonexisting node, field or edge) and 803 (unknown alias, i.e. username). */
function graphCode(body: unknown): number | undefined {
  const parsed = graphErrorSchema.safeParse(body);
  return parsed.success ? parsed.data.error.code : undefined;
}

/** A verdict reached before any stream: retrying cannot help. */
class FacebookTargetError extends Error {
  constructor(readonly why: SourceReason) {
    super(why.messageEn);
  }
}

type Verdict = { kind: 'fail' | 'retry'; reason: SourceReason };

export function classifyGraphError(status: number, body: unknown): Verdict {
  const parsed = graphErrorSchema.safeParse(body);
  const code = parsed.success ? parsed.data.error.code : undefined;
  if (code === 190 || status === 401) {
    return {
      kind: 'fail',
      reason: reason('FACEBOOK_TOKEN', 'Mã truy cập (access token) Facebook không hợp lệ hoặc đã hết hạn; hãy tạo mã mới cho Trang.', 'The Facebook access token is invalid or has expired; create a new Page token.'),
    };
  }
  if (code === 10 || (code !== undefined && code >= 200 && code < 300)) {
    return {
      kind: 'fail',
      reason: reason('FACEBOOK_PERMISSION', 'Mã truy cập chưa có quyền đọc bình luận của video này (cần quyền của Trang phát live).', 'The token may not read comments of this video (it needs the streaming Page’s permission).'),
    };
  }
  if (code === 100 || code === 803 || status === 404) {
    return {
      kind: 'fail',
      reason: reason(
        'FACEBOOK_NOT_FOUND',
        'Không tìm thấy Trang hay buổi live này trên Facebook. Hãy nhập ID hoặc link của Trang (Page) đang phát live.',
        'This Page or live video was not found on Facebook. Enter the id or link of the Page that is streaming.',
      ),
    };
  }
  return { kind: 'retry', reason: reason('FACEBOOK_HTTP', `Facebook trả lỗi ${status}`, `Facebook answered ${status}`) };
}

class StreamStopped extends Error {}

export class FacebookSource extends BaseChatSource {
  private readonly lookup: FacebookTarget;
  /** The LiveVideo being read; found on the first connect and kept, so reconnects stay on the same live. */
  private videoId: string | undefined;
  /** The Page broadcasting (the live's `from`): its own comments are the shop's voice. Unknown for a bare LiveVideo id. */
  private pageId: string | undefined;
  private readonly accessToken: string;
  private readonly graphBase: string;
  private readonly streamingBase: string;
  private readonly commentRate: FacebookCommentRate;
  private readonly pollIntervalMs: number;
  private readonly streamRetryMs: number;
  private readonly streamIdleMs: number;
  private readonly quietCheckMs: number;
  private abort: AbortController | undefined;

  constructor(options: FacebookSourceOptions) {
    const lookup = parseFacebookTarget(options.target);
    super('facebook', lookup.kind === 'page' ? lookup.page : lookup.id, options);
    if (!options.accessToken) throw new Error('A Facebook access token is required');
    this.lookup = lookup;
    this.accessToken = options.accessToken;
    this.graphBase = options.graphBase ?? DEFAULT_FACEBOOK_GRAPH_BASE;
    this.streamingBase = options.streamingBase ?? options.graphBase ?? DEFAULT_FACEBOOK_STREAMING_BASE;
    this.commentRate = options.commentRate ?? 'one_hundred_per_second';
    this.pollIntervalMs = options.pollIntervalMs ?? 3000;
    this.streamRetryMs = options.streamRetryMs ?? 30_000;
    this.streamIdleMs = options.streamIdleMs ?? 120_000;
    this.quietCheckMs = options.quietCheckMs ?? 20_000;
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
      if (this.videoId === undefined) {
        const found = await this.findLiveVideo(signal);
        if (!this.isCurrent(generation)) return;
        if (found === undefined) {
          // Sellers often connect before they go live: keep checking, with backoff, and say why.
          const page = this.target;
          return this.connectionLost(
            generation,
            reason(
              'FACEBOOK_NOT_LIVE',
              `Trang Facebook "${page}" chưa phát live. Ứng dụng sẽ tự kiểm tra lại; khi Trang bắt đầu phát live, bình luận sẽ về.`,
              `The Facebook Page "${page}" is not live right now. The app keeps checking; comments come in once the Page goes live.`,
            ),
          );
        }
        this.videoId = found;
      }
      const videoId = this.videoId;
      while (this.isCurrent(generation)) {
        await this.readStream(generation, videoId, signal);
        if (!this.isCurrent(generation)) return;
        // The stream stopped. Over, or just a drop?
        const status = await this.videoStatus(videoId, signal);
        if (status && ENDED_STATUSES.has(status)) {
          await this.pollOnce(generation, videoId, signal); // comments typed in the last seconds
          this.end(generation, reason('FACEBOOK_ENDED', 'Buổi live Facebook đã kết thúc.', 'The Facebook live video has ended.'));
          return;
        }
        const until = Date.now() + this.streamRetryMs;
        while (this.isCurrent(generation) && Date.now() < until) {
          await this.pollOnce(generation, videoId, signal);
          this.markLive(generation, 'polling');
          await sleep(this.pollIntervalMs, signal);
        }
      }
    } catch (error) {
      this.handleError(generation, error);
    }
  }

  /**
   * The LiveVideo id to read: the Page's current live (GET /{page}/live_videos
   * with the Page token), or undefined when nothing is live. A bare number that
   * is not a Page is taken as a LiveVideo id.
   */
  private async findLiveVideo(signal: AbortSignal): Promise<string | undefined> {
    const page = this.lookup.kind === 'page' ? this.lookup.page : this.lookup.id;
    let body: unknown;
    try {
      body = await getJson(
        endpointUrl(this.graphBase, `/${encodeURIComponent(page)}/live_videos`, { broadcast_status: '["LIVE"]', fields: 'id,status,from', access_token: this.accessToken }),
        signal,
      );
    } catch (error) {
      if (!(error instanceof HttpStatusError)) throw error;
      const code = graphCode(error.body);
      const notHere = code === 100 || code === 803 || error.status === 404;
      if (notHere && this.lookup.kind === 'pageOrLiveVideo') return this.lookup.id;
      if (notHere) {
        throw new FacebookTargetError(
          reason(
            'FACEBOOK_PAGE_NOT_FOUND',
            `Không tìm thấy Trang Facebook "${page}" bằng mã truy cập này. Chỉ đọc được live của Trang (Page), không đọc được live trên trang cá nhân; hãy kiểm tra ID hoặc link của Trang.`,
            `The Facebook Page "${page}" was not found with this token. Only Page lives can be read, not a personal profile's; check the Page id or link.`,
          ),
        );
      }
      throw error;
    }
    const lives = liveVideosSchema.parse(body).data;
    // Asked for LIVE only; the status is checked again in case a proxy or an older API version ignores the filter.
    const live = lives.find((video) => video.status === undefined || video.status === 'LIVE');
    this.pageId = live?.from?.id;
    return live?.id;
  }

  /** Reads the SSE stream until it ends; a refused stream (not an auth problem) also just returns, so polling takes over. */
  private async readStream(generation: number, videoId: string, signal: AbortSignal): Promise<void> {
    const url = endpointUrl(this.streamingBase, `/${videoId}/live_comments`, {
      access_token: this.accessToken,
      comment_rate: this.commentRate,
      fields: FIELDS,
    });
    const local = new AbortController();
    const both = AbortSignal.any([signal, local.signal]);
    let idle: NodeJS.Timeout | undefined;
    const armIdle = () => {
      if (idle) clearTimeout(idle);
      idle = setTimeout(() => local.abort(new StreamStopped('idle')), this.streamIdleMs);
    };
    let lastComment = Date.now();
    /** An answer of the quiet check that retrying cannot fix (an expired token): it ends the source like the stream's own would. */
    let refused: HttpStatusError | undefined;
    let watching: Promise<void> = Promise.resolve();
    try {
      armIdle();
      const response = await fetch(url, { signal: both, headers: { accept: 'text/event-stream' } });
      if (!response.ok || !response.body) {
        const body = await response.text().catch(() => '');
        let parsed: unknown = body;
        try {
          parsed = JSON.parse(body) as unknown;
        } catch {
          // not JSON
        }
        const verdict = classifyGraphError(response.status, parsed);
        if (verdict.kind === 'fail') throw new HttpStatusError(response.status, parsed);
        return;
      }
      this.markLive(generation, 'stream');
      lastComment = Date.now();
      watching = this.watchQuietStream(generation, videoId, both, () => lastComment).then(
        (stalled) => {
          if (stalled) local.abort(new StreamStopped('stalled'));
        },
        (error: unknown) => {
          if (both.aborted) return;
          if (error instanceof HttpStatusError && classifyGraphError(error.status, error.body).kind === 'fail') refused = error;
          // A check that cannot reach Facebook: the stream is most likely dead too, and polling will say.
          local.abort(new StreamStopped('check failed'));
        },
      );
      const parser = createParser({
        onEvent: (event) => {
          let data: unknown;
          try {
            data = JSON.parse(event.data) as unknown;
          } catch {
            return; // keep-alives and non-JSON lines
          }
          const comment = commentSchema.safeParse(data);
          if (!comment.success) return;
          lastComment = Date.now();
          this.emitMessage(generation, this.toMessage(comment.data));
        },
      });
      const decoder = new TextDecoder();
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        armIdle();
        parser.feed(decoder.decode(chunk, { stream: true }));
        if (!this.isCurrent(generation)) return;
      }
    } catch (error) {
      if (error instanceof HttpStatusError) throw error;
      if (signal.aborted) return;
      // A dropped or stalled stream: polling covers the gap.
    } finally {
      if (idle) clearTimeout(idle);
      local.abort();
      await watching;
    }
    if (refused) throw refused;
  }

  /**
   * Runs beside an open stream: after each quiet spell of quietCheckMs, one
   * /comments poll hands on what the stream has not (each comment still once:
   * the source drops ids it already gave). Resolves true when a poll found
   * comments the stream should have brought (it stalled), false when the
   * stream closed. The first check only catches up on comments from before
   * the stream opened, which the stream never sends.
   */
  private async watchQuietStream(generation: number, videoId: string, signal: AbortSignal, lastComment: () => number): Promise<boolean> {
    let lastCheck = 0;
    let checks = 0;
    while (!signal.aborted && this.isCurrent(generation)) {
      const wait = Math.max(lastComment(), lastCheck) + this.quietCheckMs - Date.now();
      if (wait > 0) {
        await sleep(wait, signal);
        continue;
      }
      const found = await this.pollOnce(generation, videoId, signal);
      lastCheck = Date.now();
      checks += 1;
      if (found > 0 && checks > 1) return true;
    }
    return false;
  }

  private async videoStatus(videoId: string, signal: AbortSignal): Promise<string | undefined> {
    try {
      const body = await getJson(endpointUrl(this.graphBase, `/${videoId}`, { fields: 'status', access_token: this.accessToken }), signal);
      const parsed = z.object({ status: z.string() }).safeParse(body);
      return parsed.success ? parsed.data.status : undefined;
    } catch {
      return undefined;
    }
  }

  /** One round of polling: newest comments first, paging back until it meets ones already seen. */
  /** Returns how many comments it handed on. */
  private async pollOnce(generation: number, videoId: string, signal: AbortSignal): Promise<number> {
    const query = {
      access_token: this.accessToken,
      fields: FIELDS,
      order: 'reverse_chronological',
      filter: 'stream',
      live_filter: 'no_filter',
      limit: '100',
    };
    const fresh: z.infer<typeof commentSchema>[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      // Each page is asked of the configured base with Graph's cursor: `paging.next` names graph.facebook.com itself and would go round a proxy.
      const body = commentsPageSchema.parse(await getJson(endpointUrl(this.graphBase, `/${videoId}/comments`, { ...query, after }), signal));
      let reachedSeen = false;
      for (const raw of body.data) {
        const comment = commentSchema.safeParse(raw);
        if (!comment.success) continue;
        if (this.hasSeen(comment.data.id)) reachedSeen = true;
        else fresh.push(comment.data);
      }
      after = reachedSeen ? undefined : nextCursor(body.paging);
      if (after === undefined) break;
    }
    if (!this.isCurrent(generation)) return 0;
    for (const comment of fresh.reverse()) this.emitMessage(generation, this.toMessage(comment));
    return fresh.length;
  }

  private toMessage(comment: z.infer<typeof commentSchema>): ChatMessage {
    const sent = comment.created_time ? new Date(comment.created_time) : this.now();
    return {
      platform: 'facebook',
      messageId: comment.id,
      // Without the viewer's permission Facebook leaves out `from`: each such comment stands alone.
      userId: comment.from?.id ?? `anon:${comment.id}`,
      userName: comment.from?.name || 'Người xem Facebook',
      text: comment.message.slice(0, 10_000),
      sentAt: Number.isNaN(sent.getTime()) ? this.now().toISOString() : sent.toISOString(),
      // the Page answering in its own live (`dạ shop ghi 2 hũ cho chị rồi nha`): the shop's voice
      ...(this.pageId !== undefined && comment.from?.id === this.pageId ? { fromShop: true } : {}),
    };
  }

  private handleError(generation: number, error: unknown): void {
    if (!this.isCurrent(generation)) return;
    if (error instanceof FacebookTargetError) return this.fail(generation, error.why);
    if (error instanceof HttpStatusError) {
      const verdict = classifyGraphError(error.status, error.body);
      if (verdict.kind === 'fail') return this.fail(generation, verdict.reason);
      return this.connectionLost(generation, verdict.reason);
    }
    this.connectionLost(generation, reason('NETWORK', `Lỗi mạng khi gọi Facebook: ${describeError(error)}`, `Network error calling Facebook: ${describeError(error)}`));
  }
}
