// Facebook live comments through the Graph API with a page access token: the
// `live_comments` server-sent-event stream while it flows, and polling
// `/{live-video-id}/comments` while it does not (a dropped stream, a proxy that
// buffers SSE), trying the stream again every little while. When the stream
// stops, the video's status says whether the live is over.
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
  liveVideoId: string;
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
}

const FIELDS = 'from{name,id},message,created_time';

export function normaliseFacebookVideoId(input: string): string {
  const text = input.trim();
  const fromUrl = /^https?:\/\//i.test(text) ? (new URL(text).pathname.match(/\/videos\/(?:[^/]+\/)?(\d+)/)?.[1] ?? '') : text;
  if (!/^\d{5,30}$/.test(fromUrl)) throw new Error(`Invalid Facebook live video id: ${JSON.stringify(input.slice(0, 80))}`);
  return fromUrl;
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
  if (code === 100 || status === 404) {
    return { kind: 'fail', reason: reason('FACEBOOK_NOT_FOUND', 'Không tìm thấy video live này trên Facebook (kiểm tra ID video).', 'This live video was not found on Facebook (check the video id).') };
  }
  return { kind: 'retry', reason: reason('FACEBOOK_HTTP', `Facebook trả lỗi ${status}`, `Facebook answered ${status}`) };
}

class StreamStopped extends Error {}

export class FacebookSource extends BaseChatSource {
  private readonly videoId: string;
  private readonly accessToken: string;
  private readonly graphBase: string;
  private readonly streamingBase: string;
  private readonly commentRate: FacebookCommentRate;
  private readonly pollIntervalMs: number;
  private readonly streamRetryMs: number;
  private readonly streamIdleMs: number;
  private abort: AbortController | undefined;

  constructor(options: FacebookSourceOptions) {
    const videoId = normaliseFacebookVideoId(options.liveVideoId);
    super('facebook', videoId, options);
    if (!options.accessToken) throw new Error('A Facebook access token is required');
    this.videoId = videoId;
    this.accessToken = options.accessToken;
    this.graphBase = options.graphBase ?? DEFAULT_FACEBOOK_GRAPH_BASE;
    this.streamingBase = options.streamingBase ?? options.graphBase ?? DEFAULT_FACEBOOK_STREAMING_BASE;
    this.commentRate = options.commentRate ?? 'one_hundred_per_second';
    this.pollIntervalMs = options.pollIntervalMs ?? 3000;
    this.streamRetryMs = options.streamRetryMs ?? 30_000;
    this.streamIdleMs = options.streamIdleMs ?? 120_000;
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
      while (this.isCurrent(generation)) {
        await this.readStream(generation, signal);
        if (!this.isCurrent(generation)) return;
        // The stream stopped. Over, or just a drop?
        const status = await this.videoStatus(signal);
        if (status && ENDED_STATUSES.has(status)) {
          await this.pollOnce(generation, signal); // comments typed in the last seconds
          this.end(generation, reason('FACEBOOK_ENDED', 'Buổi live Facebook đã kết thúc.', 'The Facebook live video has ended.'));
          return;
        }
        const until = Date.now() + this.streamRetryMs;
        while (this.isCurrent(generation) && Date.now() < until) {
          await this.pollOnce(generation, signal);
          this.markLive(generation, 'polling');
          await sleep(this.pollIntervalMs, signal);
        }
      }
    } catch (error) {
      this.handleError(generation, error);
    }
  }

  /** Reads the SSE stream until it ends; a refused stream (not an auth problem) also just returns, so polling takes over. */
  private async readStream(generation: number, signal: AbortSignal): Promise<void> {
    const url = endpointUrl(this.streamingBase, `/${this.videoId}/live_comments`, {
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
      const parser = createParser({
        onEvent: (event) => {
          let data: unknown;
          try {
            data = JSON.parse(event.data) as unknown;
          } catch {
            return; // keep-alives and non-JSON lines
          }
          const comment = commentSchema.safeParse(data);
          if (comment.success) this.emitMessage(generation, this.toMessage(comment.data));
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
    }
  }

  private async videoStatus(signal: AbortSignal): Promise<string | undefined> {
    try {
      const body = await getJson(endpointUrl(this.graphBase, `/${this.videoId}`, { fields: 'status', access_token: this.accessToken }), signal);
      const parsed = z.object({ status: z.string() }).safeParse(body);
      return parsed.success ? parsed.data.status : undefined;
    } catch {
      return undefined;
    }
  }

  /** One round of polling: newest comments first, paging back until it meets ones already seen. */
  private async pollOnce(generation: number, signal: AbortSignal): Promise<void> {
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
      const body = commentsPageSchema.parse(await getJson(endpointUrl(this.graphBase, `/${this.videoId}/comments`, { ...query, after }), signal));
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
    if (!this.isCurrent(generation)) return;
    for (const comment of fresh.reverse()) this.emitMessage(generation, this.toMessage(comment));
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
    };
  }

  private handleError(generation: number, error: unknown): void {
    if (!this.isCurrent(generation)) return;
    if (error instanceof HttpStatusError) {
      const verdict = classifyGraphError(error.status, error.body);
      if (verdict.kind === 'fail') return this.fail(generation, verdict.reason);
      return this.connectionLost(generation, verdict.reason);
    }
    this.connectionLost(generation, reason('NETWORK', `Lỗi mạng khi gọi Facebook: ${describeError(error)}`, `Network error calling Facebook: ${describeError(error)}`));
  }
}
