// A saved transcript played back as a live source: comments come out with the
// gaps between their times (divided by `speed`), and the showcase changes the
// transcript records are handed to the app as they come. Reading and checking
// the transcript lines is the app's (it owns the transcript format); this
// source only paces what it is given.
import type { ChatMessage } from '../../../core/chat/chat-message';
import { BaseChatSource, type BaseSourceOptions } from '../base-chat-source';
import { describeError, reason } from '../chat-source';
import { sleep } from '../http';

export interface ReplayEntry {
  message: ChatMessage;
  /** When it was sent in the original stream (ms since the epoch); entries without one follow at once. */
  atMs?: number;
  /** The product code the transcript says was on screen (null: nothing); absent: unchanged. */
  showcase?: string | null;
}

export interface ReplaySourceOptions extends BaseSourceOptions {
  /** What is played (a file name for people). */
  name: string;
  entries: () => AsyncIterable<ReplayEntry> | Iterable<ReplayEntry>;
  /** N × real time; Infinity: as fast as possible. */
  speed?: number;
  /** Called before the comment that follows a showcase change. */
  onShowcase?: (code: string | null, at: string) => void;
  /** Longest wait between two comments whatever the transcript says (a stream left open over lunch). */
  maxGapMs?: number;
}

export class ReplaySource extends BaseChatSource {
  private readonly entries: ReplaySourceOptions['entries'];
  private readonly speed: number;
  private readonly onShowcase: ReplaySourceOptions['onShowcase'];
  private readonly maxGapMs: number;
  private abort: AbortController | undefined;
  /** How far a replay got: a retry continues after it instead of starting over. */
  private played = 0;

  constructor(options: ReplaySourceOptions) {
    super('replay', options.name, { ...options, maxAttempts: options.maxAttempts ?? 3 });
    this.entries = options.entries;
    this.speed = options.speed ?? 1;
    if (!(this.speed > 0)) throw new Error('Replay speed must be above 0');
    this.onShowcase = options.onShowcase;
    this.maxGapMs = options.maxGapMs ?? 60_000;
  }

  get count(): number {
    return this.played;
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
      this.markLive(generation);
      let index = 0;
      let previous: number | undefined;
      for await (const entry of this.entries()) {
        if (!this.isCurrent(generation)) return;
        index += 1;
        if (index <= this.played) continue;
        if (entry.atMs !== undefined && previous !== undefined && Number.isFinite(this.speed) && entry.atMs > previous) {
          await sleep(Math.min(this.maxGapMs, (entry.atMs - previous) / this.speed), signal);
          if (!this.isCurrent(generation)) return;
        }
        if (entry.atMs !== undefined) previous = entry.atMs;
        if (entry.showcase !== undefined) this.onShowcase?.(entry.showcase, entry.message.sentAt);
        this.played = index;
        this.emitMessage(generation, entry.message);
      }
      this.end(generation, reason('REPLAY_DONE', `Đã phát lại hết ${this.played} bình luận.`, `All ${this.played} comments were replayed.`));
    } catch (error) {
      this.connectionLost(generation, reason('REPLAY_READ', `Không đọc được bản ghi: ${describeError(error)}`, `Could not read the transcript: ${describeError(error)}`));
    }
  }
}
