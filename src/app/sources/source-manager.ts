// The chat sources of this run of the app: builds the right adapter for a
// platform with its key or token from secure storage, feeds every comment to
// the ingest pipeline in arrival order, and reports each source's state as an
// event. A session that ends takes its sources with it.
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { ChatMessage } from '../../core/chat/chat-message';
import type { CatalogEntry } from '../../core/parser/parse-result';
import type { ChatSource, LiveActivity, SourceState } from '../../adapters/chat/chat-source';
import type { BackoffOptions } from '../../adapters/chat/reconnect';
import { TwitchSource } from '../../adapters/chat/twitch/twitch-source';
import { YouTubeSource } from '../../adapters/chat/youtube/youtube-source';
import { FacebookSource } from '../../adapters/chat/facebook/facebook-source';
import { TikTokSource, type TikTokConnectionFactory } from '../../adapters/chat/tiktok/tiktok-source';
import { SimulatorSource } from '../../adapters/chat/simulator/simulator-source';
import type { SimulatedComment } from '../../adapters/chat/simulator/comment-generator';
import { ReplaySource, type ReplayEntry } from '../../adapters/chat/replay/replay-source';
import type { SecretStore } from '../../adapters/secrets/secret-store';
import type { Product } from '../../core/catalog/product';
import type { EventBus } from '../event-bus';
import { AppError } from '../errors';
import type { SourcePlatform, SourceSecretKey, SourceView } from '../contract/sources';
import { sourceSecretKeySchema, type connectSourceInputSchema } from '../contract/sources';
import { toChatMessage, transcriptLineSchema, transcriptTime } from '../ingest/transcript';
import type { SubmitOptions } from '../ingest/ingest-service';
import type { z } from 'zod';

/** Endpoint base URLs, for proxies and tests (`--twitch-url`, `--youtube-api-base`, `--facebook-graph-base`). */
export interface SourceEndpoints {
  twitchUrl?: string;
  youtubeApiBase?: string;
  facebookGraphBase?: string;
  /** The live_comments stream; the Graph base when only that is given. */
  facebookStreamingBase?: string;
}

/** What the manager needs of the ingest pipeline and the live stream (see src/app/ingest). */
export interface SourceManagerDeps {
  events: EventBus;
  secrets: SecretStore;
  ingest: { submit(message: ChatMessage, options: { sessionId: number } & Pick<SubmitOptions, 'clock'>): Promise<{ status: 'stored' | 'duplicate' }> };
  live: {
    currentId(): number;
    exists(id: number): boolean;
    showcaseCode(sessionId: number): string | null;
    setShowcase(sessionId: number, productId: number | null, at?: string): unknown;
  };
  products: { list(query?: string): Product[]; findByCode(code: string): Product | undefined };
  now: () => Date;
  endpoints?: SourceEndpoints;
  /** Faster retries in tests. */
  backoff?: Partial<BackoffOptions>;
  tiktokConnectionFactory?: TikTokConnectionFactory;
  /** Extra adapter options for tests (Facebook/YouTube poll intervals). */
  tuning?: { youtubeMinPollMs?: number; facebookPollIntervalMs?: number; facebookStreamRetryMs?: number };
  /** Throws an AppError when this source may not feed this session now (a rehearsal is running: src/app/training). */
  mayConnect?(platform: SourcePlatform, sessionId: number): void;
}

/** Platforms whose comments come from real buyers (not the simulator, not a saved transcript). */
export const isRealChatPlatform = (platform: SourcePlatform): boolean => platform !== 'simulator' && platform !== 'replay';

/** A platform's name in a sentence, the same in both languages. */
export const PLATFORM_LABEL: Record<SourcePlatform, string> = {
  twitch: 'Twitch',
  youtube: 'YouTube',
  facebook: 'Facebook',
  tiktok: 'TikTok',
  simulator: 'Simulator',
  replay: 'Replay',
};

export type ConnectSourceInput = z.output<typeof connectSourceInputSchema>;

const SECRET_OF: Partial<Record<SourcePlatform, SourceSecretKey>> = {
  youtube: 'youtube.apiKey',
  facebook: 'facebook.accessToken',
  tiktok: 'tiktok.signApiKey',
};

/** Failures that mean the platform refused the key or token itself (not the video, the quota or the network). */
const KEY_REFUSALS = new Set(['YOUTUBE_BAD_KEY', 'YOUTUBE_API_DISABLED', 'FACEBOOK_TOKEN', 'TIKTOK_SIGN']);

/** A key this connect saved, and what was stored before it, to put back if the platform refuses it. */
interface SavedSecret {
  key: SourceSecretKey;
  value: string;
  previous: string | undefined;
}

/** What a source is called in a sentence, Vietnamese and English. */
const SOURCE_NAME: Record<SourcePlatform, { vi: string; en: string }> = {
  twitch: { vi: 'Kênh Twitch', en: 'The Twitch channel' },
  youtube: { vi: 'Video YouTube', en: 'The YouTube video' },
  facebook: { vi: 'Trang/buổi live Facebook', en: 'The Facebook Page or live' },
  tiktok: { vi: 'Tài khoản TikTok', en: 'The TikTok account' },
  simulator: { vi: 'Bộ mô phỏng', en: 'The simulator' },
  replay: { vi: 'Tệp bản ghi', en: 'The transcript' },
};

interface Running {
  view: SourceView;
  source: ChatSource;
  unsubscribe(): void;
}

export class SourceManager {
  private readonly running = new Map<string, Running>();
  private readonly unsubscribeEvents: () => void;
  private failureLogged = false;

  constructor(private readonly deps: SourceManagerDeps) {
    this.unsubscribeEvents = deps.events.subscribe((event) => {
      if (event.event === 'sessionChanged' && event.payload.change === 'ended') {
        for (const entry of this.running.values()) if (entry.view.sessionId === event.payload.session.id) void entry.source.stop();
      }
    });
  }

  list(sessionId?: number): SourceView[] {
    return [...this.running.values()].map((entry) => entry.view).filter((view) => sessionId === undefined || view.sessionId === sessionId);
  }

  async connect(input: ConnectSourceInput): Promise<SourceView> {
    const sessionId = input.sessionId ?? this.deps.live.currentId();
    if (!this.deps.live.exists(sessionId)) {
      throw new AppError('SESSION_NOT_FOUND', `Không có phiên live #${sessionId}`, `There is no stream session #${sessionId}`, 404);
    }
    this.deps.mayConnect?.(input.platform, sessionId);
    const secretKey = SECRET_OF[input.platform];
    let secret: string | undefined;
    if (secretKey) {
      secret = input.secret ?? (await this.deps.secrets.get(secretKey));
      if (!secret && input.platform !== 'tiktok') throw missingSecret(input.platform);
    }
    // A second simulator at the same rate is a second audience, as someone adding it expects, not the same source twice.
    const run = input.platform === 'simulator' ? this.nextSimulatorRun(input.target, sessionId) : 1;
    const source = await this.build(input, sessionId, secret, run);
    const target = run > 1 ? `${source.target} #${run}` : source.target;
    const id = `${source.platform}:${target}@${sessionId}`;
    const existing = this.running.get(id);
    if (existing && this.isRunning(existing)) {
      throw new AppError(
        'SOURCE_ALREADY_CONNECTED',
        `${SOURCE_NAME[input.platform].vi} "${target}" đã được kết nối vào phiên live này và đang chạy; không cần kết nối lại.`,
        `${SOURCE_NAME[input.platform].en} "${target}" is already connected to this stream session and running; there is no need to connect it again.`,
        409,
      );
    }
    // Saved only now that a source could be built with it; a target that is not valid keeps the store as it was.
    let saved: SavedSecret | undefined;
    if (secretKey && input.secret && input.remember) {
      saved = { key: secretKey, value: input.secret, previous: await this.deps.secrets.get(secretKey) };
      await this.deps.secrets.set(secretKey, input.secret);
    }
    // Asked again now that the awaits above are over: a rehearsal may have started meanwhile.
    this.deps.mayConnect?.(input.platform, sessionId);
    existing?.unsubscribe();
    const view: SourceView = {
      id,
      platform: input.platform,
      target,
      sessionId,
      state: { kind: 'idle' },
      connectedAt: this.deps.now().toISOString(),
      counts: { comments: 0, stored: 0, duplicates: 0, failed: 0 },
      lastCommentAt: null,
      unofficial: input.platform === 'tiktok',
    };
    const unsubscribe = source.subscribe((event) => {
      if (event.type === 'message') this.onMessage(view, event.message);
      else if (event.type === 'state') {
        this.onState(view, event.state);
        if (saved && event.state.kind === 'failed' && KEY_REFUSALS.has(event.state.reason.code)) void this.unsave(saved);
      } else this.onActivity(view, event.activity);
    });
    this.running.set(id, { view, source, unsubscribe });
    source.start();
    return { ...view };
  }

  async disconnect(id: string): Promise<SourceView> {
    const entry = this.running.get(id);
    if (!entry) throw new AppError('SOURCE_NOT_FOUND', 'Không có nguồn bình luận này.', 'There is no such chat source.', 404);
    await entry.source.stop();
    return { ...entry.view };
  }

  /** The simulator's comments with what each should become (rehearsal scoring). */
  simulatorTruth(id: string): SimulatedComment[] | undefined {
    const source = this.running.get(id)?.source;
    return source instanceof SimulatorSource ? source.generated : undefined;
  }

  async secretStatus(): Promise<{ key: SourceSecretKey; stored: boolean }[]> {
    return Promise.all(sourceSecretKeySchema.options.map(async (key) => ({ key, stored: (await this.deps.secrets.get(key)) !== undefined })));
  }

  /** Stops every source (the app is closing). */
  async stopAll(): Promise<void> {
    this.unsubscribeEvents();
    await Promise.all([...this.running.values()].map((entry) => entry.source.stop()));
  }

  private isRunning(entry: Running): boolean {
    return entry.source.state.kind !== 'ended' && entry.source.state.kind !== 'failed';
  }

  /** 1 for the first simulator at a rate in a session, then the lowest number no running one has. */
  private nextSimulatorRun(rateText: string, sessionId: number): number {
    const target = `${Number(rateText)}/s`;
    for (let run = 1; ; run++) {
      const entry = this.running.get(`simulator:${run > 1 ? `${target} #${run}` : target}@${sessionId}`);
      if (!entry || !this.isRunning(entry)) return run;
    }
  }

  /** Takes back a key the platform refused, putting back the one stored before, unless another key was saved since. */
  private async unsave(saved: SavedSecret): Promise<void> {
    try {
      if ((await this.deps.secrets.get(saved.key)) !== saved.value) return;
      if (saved.previous !== undefined && saved.previous !== saved.value) await this.deps.secrets.set(saved.key, saved.previous);
      else await this.deps.secrets.delete(saved.key);
    } catch (error) {
      console.error(`[sources] a refused ${saved.key} could not be removed:`, error instanceof Error ? error.message : error);
    }
  }

  private onMessage(view: SourceView, message: ChatMessage): void {
    view.counts.comments += 1;
    view.lastCommentAt = message.sentAt;
    // Not awaited: comments arriving together share one transaction (group commit), in arrival order.
    // A transcript's comments carry its times into the order book, as `ocop-live replay` does (clock 'sent'):
    // its showcase changes already do, so "sold while shown" is the stream's, whichever way it was replayed.
    const clock = view.platform === 'replay' ? 'sent' : 'received';
    this.deps.ingest.submit(message, { sessionId: view.sessionId, clock }).then(
      (receipt) => {
        if (receipt.status === 'stored') view.counts.stored += 1;
        else view.counts.duplicates += 1;
      },
      (error: unknown) => {
        view.counts.failed += 1;
        if (!this.failureLogged) {
          this.failureLogged = true;
          console.error(`[sources] a ${view.platform} comment could not be stored:`, error instanceof Error ? error.message : error);
        }
      },
    );
  }

  private onState(view: SourceView, state: SourceState): void {
    view.state = state;
    this.deps.events.emit('sourceStateChanged', { ...view, counts: { ...view.counts } });
  }

  private onActivity(view: SourceView, activity: LiveActivity): void {
    this.deps.events.emit('sourceActivity', { sourceId: view.id, platform: view.platform, activity });
  }

  private async build(input: ConnectSourceInput, sessionId: number, secret: string | undefined, run: number): Promise<ChatSource> {
    const { endpoints = {}, backoff, tuning = {} } = this.deps;
    const common = { backoff, now: this.deps.now };
    try {
      switch (input.platform) {
        case 'twitch':
          return new TwitchSource({ ...common, channel: input.target, url: endpoints.twitchUrl });
        case 'youtube':
          return new YouTubeSource({ ...common, videoId: input.target, apiKey: secret!, apiBase: endpoints.youtubeApiBase, minPollMs: tuning.youtubeMinPollMs });
        case 'facebook':
          return new FacebookSource({
            ...common,
            target: input.target,
            accessToken: secret!,
            graphBase: endpoints.facebookGraphBase,
            streamingBase: endpoints.facebookStreamingBase ?? endpoints.facebookGraphBase,
            pollIntervalMs: tuning.facebookPollIntervalMs,
            streamRetryMs: tuning.facebookStreamRetryMs,
          });
        case 'tiktok':
          return new TikTokSource({ ...common, uniqueId: input.target, signApiKey: secret, connectionFactory: this.deps.tiktokConnectionFactory });
        case 'simulator': {
          const rate = Number(input.target);
          // Another run gets its own seed (other viewers, other comments) and its own message ids, unless told otherwise.
          const seed = input.simulator?.seed ?? (run > 1 ? run : undefined);
          return new SimulatorSource({
            ...common,
            catalog: this.catalog(),
            ratePerSecond: rate,
            seed,
            ...(run > 1 ? { idPrefix: `sim-${seed ?? 1}-${this.deps.now().getTime().toString(36)}-${run}` } : {}),
            limit: input.simulator?.limit,
            showcase: () => this.deps.live.showcaseCode(sessionId),
          });
        }
        case 'replay': {
          const path = input.target;
          await access(path).catch(() => {
            throw new AppError('REPLAY_FILE_NOT_FOUND', `Không mở được tệp bản ghi "${path}".`, `Cannot open the transcript file "${path}".`, 404);
          });
          return new ReplaySource({
            ...common,
            name: path,
            speed: input.replay?.speed ?? 1,
            entries: () => transcriptEntries(path, this.deps.now),
            onShowcase: (code, at) => {
              const product = code === null ? null : this.deps.products.findByCode(code);
              if (product !== undefined) this.deps.live.setShowcase(sessionId, product?.id ?? null, at);
            },
          });
        }
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      const text = error instanceof Error ? error.message : String(error);
      throw new AppError('SOURCE_INVALID', `Không kết nối được nguồn ${input.platform}: ${text}`, `Cannot connect the ${input.platform} source: ${text}`, 400);
    }
  }

  private catalog(): CatalogEntry[] {
    const products = this.deps.products.list();
    if (products.length === 0) {
      throw new AppError('CATALOG_EMPTY', 'Cần có sản phẩm trong danh mục để mô phỏng bình luận.', 'The simulator needs products in the catalog.', 422);
    }
    return products.map((p) => ({ code: p.code, name: p.name, unit: p.unit, aliases: p.aliases }));
  }
}

/**
 * No key or token for a platform that needs one. The UI can take one and save
 * it; the command line cannot, so it passes the environment variable to name.
 */
export function missingSecret(platform: SourcePlatform, environmentVariable?: string): AppError {
  const what = platform === 'youtube' ? { vi: 'khoá API YouTube', en: 'a YouTube API key' } : platform === 'tiktok' ? { vi: 'khoá ký (signing key) Euler Stream', en: 'a Euler Stream signing key' } : { vi: 'mã truy cập (access token) của Trang Facebook', en: 'a Facebook Page access token' };
  const how = environmentVariable
    ? { vi: `hãy đặt biến môi trường ${environmentVariable}, ví dụ ${environmentVariable}=... npx ocop-live listen ...`, en: `set the environment variable ${environmentVariable}, e.g. ${environmentVariable}=... npx ocop-live listen ...` }
    : { vi: 'hãy nhập và lưu trước', en: 'enter and save it first' };
  return new AppError('SOURCE_SECRET_MISSING', `Cần ${what.vi} để đọc bình luận; ${how.vi}.`, `Reading comments needs ${what.en}; ${how.en}.`, 422, { platform });
}

/** A transcript file (issue 3's format: the parse input plus ts and platform) as replay entries; bad lines are skipped. */
async function* transcriptEntries(path: string, now: () => Date): AsyncGenerator<ReplayEntry> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const raw of lines) {
    if (raw.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      continue;
    }
    const parsed = transcriptLineSchema.safeParse(json);
    if (!parsed.success) continue;
    const line = parsed.data;
    const atMs = transcriptTime(line.ts);
    yield {
      message: toChatMessage(line, now()),
      ...(atMs !== undefined ? { atMs } : {}),
      ...(line.showcase !== undefined ? { showcase: line.showcase === null || line.showcase === '' ? null : line.showcase.toUpperCase() } : {}),
    };
  }
}
