// The simulator as a chat source: generated comments at a chosen rate, as if
// viewers were typing, for demos, rehearsals and load. It keeps what each
// comment should become, so a rehearsal can be scored afterwards.
import type { CatalogEntry } from '../../../core/parser/parse-result';
import { BaseChatSource, type BaseSourceOptions } from '../base-chat-source';
import { reason } from '../chat-source';
import { CommentGenerator, type GeneratorOptions, type SimulatedComment } from './comment-generator';

export interface SimulatorSourceOptions extends BaseSourceOptions, Omit<GeneratorOptions, 'catalog' | 'seed'> {
  catalog: readonly CatalogEntry[];
  /** Comments per second (0.1 – 5000). */
  ratePerSecond: number;
  seed?: number;
  /** The product on screen now: what "+1" and "chốt" refer to. */
  showcase?: () => string | null;
  /** Stops (state ended) after this many comments. */
  limit?: number;
  /** Message ids are `<prefix>-<seq>`; by default unique per run so two runs never collide in one session. */
  idPrefix?: string;
  /** Keep every comment with its ground truth (default true; turn off for long load runs). */
  keepTruth?: boolean;
}

export const MAX_SIMULATOR_RATE = 5000;

export class SimulatorSource extends BaseChatSource {
  /** Every comment emitted, with its ground truth, in order (when keepTruth). */
  readonly generated: SimulatedComment[] = [];
  readonly seed: number;
  private readonly generator: CommentGenerator;
  private readonly rate: number;
  private readonly limit: number;
  private readonly idPrefix: string;
  private readonly keepTruth: boolean;
  private readonly showcase: () => string | null;
  private timer: NodeJS.Timeout | undefined;
  private emitted = 0;

  constructor(options: SimulatorSourceOptions) {
    if (!(options.ratePerSecond >= 0.1 && options.ratePerSecond <= MAX_SIMULATOR_RATE)) {
      throw new Error(`Simulator rate must be between 0.1 and ${MAX_SIMULATOR_RATE} comments per second`);
    }
    const seed = options.seed ?? 1;
    super('simulator', `${options.ratePerSecond}/s`, options);
    this.seed = seed;
    this.generator = new CommentGenerator({ ...options, seed });
    this.rate = options.ratePerSecond;
    this.limit = options.limit ?? Number.POSITIVE_INFINITY;
    this.idPrefix = options.idPrefix ?? `sim-${seed}-${Date.now().toString(36)}`;
    this.keepTruth = options.keepTruth ?? true;
    this.showcase = options.showcase ?? (() => null);
  }

  get count(): number {
    return this.emitted;
  }

  protected async open(generation: number): Promise<void> {
    this.markLive(generation);
    const started = performance.now();
    const already = this.emitted;
    // Ticks at most every 10 ms; each tick catches up to where the rate says we should be, so high rates stay exact.
    const tickMs = Math.max(10, Math.min(1000, 1000 / this.rate));
    const tick = () => {
      if (!this.isCurrent(generation)) return;
      const due = Math.min(this.limit, already + Math.floor(((performance.now() - started) / 1000) * this.rate));
      while (this.emitted < due && this.isCurrent(generation)) this.emitOne(generation);
      if (this.emitted >= this.limit) {
        this.end(generation, reason('SIMULATOR_DONE', `Đã phát đủ ${this.emitted} bình luận mô phỏng.`, `All ${this.emitted} simulated comments were sent.`));
        return;
      }
      this.timer = setTimeout(tick, tickMs);
    };
    this.timer = setTimeout(tick, tickMs);
  }

  protected async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private emitOne(generation: number): void {
    const comment = this.generator.next(this.showcase());
    this.emitted += 1;
    if (this.keepTruth) this.generated.push(comment);
    this.emitMessage(generation, {
      platform: 'simulator',
      messageId: `${this.idPrefix}-${comment.seq}`,
      userId: comment.userId,
      userName: comment.userName,
      text: comment.text,
      sentAt: this.now().toISOString(),
    });
  }
}
