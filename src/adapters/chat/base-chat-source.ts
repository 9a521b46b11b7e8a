// What every source shares: listeners, the state machine, the reconnect
// schedule and the duplicate guard. A platform adapter only opens and closes
// its connection and reports what it saw.
import { chatMessageSchema, type ChatMessage, type Platform } from '../../core/chat/chat-message';
import {
  describeError,
  isFinalState,
  type ChatSource,
  type ChatSourceEvent,
  type ChatSourceListener,
  type LiveActivity,
  type SourceReason,
  type SourceState,
} from './chat-source';
import { RecentIds } from './recent-ids';
import { ReconnectSchedule, type BackoffOptions } from './reconnect';

export interface BaseSourceOptions {
  backoff?: Partial<BackoffOptions>;
  /** Gives up (state failed) after this many retries in a row; unlimited by default, since streams run for hours. */
  maxAttempts?: number;
  now?: () => Date;
}

export abstract class BaseChatSource implements ChatSource {
  private readonly listeners = new Set<ChatSourceListener>();
  private readonly seen = new RecentIds();
  private readonly retries: ReconnectSchedule;
  private readonly maxAttempts: number;
  private current: SourceState = { kind: 'idle' };
  private started = false;
  /** Bumped on every (re)connect and on stop: callbacks of an older connection are ignored. */
  protected generation = 0;
  protected readonly now: () => Date;

  constructor(
    readonly platform: Platform,
    readonly target: string,
    options: BaseSourceOptions = {},
  ) {
    this.retries = new ReconnectSchedule(options.backoff);
    this.maxAttempts = options.maxAttempts ?? Number.POSITIVE_INFINITY;
    this.now = options.now ?? (() => new Date());
  }

  get state(): SourceState {
    return this.current;
  }

  get stopped(): boolean {
    return isFinalState(this.current);
  }

  subscribe(listener: ChatSourceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.attempt();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.retries.cancel();
    this.generation += 1;
    this.setState({ kind: 'ended', reason: { code: 'STOPPED', messageVi: 'Đã ngắt nguồn bình luận', messageEn: 'Source disconnected' } });
    await this.close().catch(() => undefined);
  }

  /** Opens the connection of `generation`; calls markLive when comments can flow, connectionLost/end/fail otherwise. */
  protected abstract open(generation: number): Promise<void>;
  /** Closes whatever is open; must be safe to call when nothing is. */
  protected abstract close(): Promise<void>;

  protected isCurrent(generation: number): boolean {
    return generation === this.generation && !this.stopped;
  }

  protected markLive(generation: number, via?: 'stream' | 'polling'): void {
    if (!this.isCurrent(generation)) return;
    this.retries.succeeded();
    const current = this.current;
    if (current.kind === 'live' && current.via === via) return;
    this.setState(via ? { kind: 'live', via } : { kind: 'live' });
  }

  /** A network drop or a transient error: retry with backoff and jitter. */
  protected connectionLost(generation: number, why: SourceReason): void {
    if (!this.isCurrent(generation) || this.retries.pending) return;
    this.generation += 1;
    void this.close().catch(() => undefined);
    if (this.retries.attempts >= this.maxAttempts) {
      this.finish({ kind: 'failed', reason: why });
      return;
    }
    const { attempt, delayMs } = this.retries.schedule(() => this.attempt());
    this.setState({
      kind: 'reconnecting',
      attempt,
      retryInMs: delayMs,
      nextRetryAt: new Date(this.now().getTime() + delayMs).toISOString(),
      reason: why,
    });
  }

  /** The stream is over (chat ended, broadcast finished): no retry. */
  protected end(generation: number, why: SourceReason): void {
    if (!this.isCurrent(generation)) return;
    this.finish({ kind: 'ended', reason: why });
  }

  /** Retrying cannot help (bad key, no such channel, quota spent): no retry. */
  protected fail(generation: number, why: SourceReason): void {
    if (!this.isCurrent(generation)) return;
    this.finish({ kind: 'failed', reason: why });
  }

  /** Hands on a comment unless this source already did (reconnects replay recent chat). */
  protected emitMessage(generation: number, message: ChatMessage): void {
    if (!this.isCurrent(generation)) return;
    // The boundary check: whatever the platform sent, what leaves a source fits the ChatMessage contract.
    const checked = chatMessageSchema.safeParse({
      ...message,
      messageId: String(message.messageId).slice(0, 200),
      userId: String(message.userId).slice(0, 200) || 'unknown',
      userName: String(message.userName).slice(0, 200),
      text: String(message.text).slice(0, 10_000),
    });
    if (!checked.success) {
      console.warn(`[chat:${this.platform}] a message that does not fit the chat format was skipped`);
      return;
    }
    if (!this.seen.add(checked.data.messageId)) return;
    this.emit({ type: 'message', message: checked.data });
  }

  /** Whether this source already handed on a comment with this id (to stop paging back early). */
  protected hasSeen(messageId: string): boolean {
    return this.seen.has(messageId);
  }

  protected emitActivity(generation: number, activity: LiveActivity): void {
    if (!this.isCurrent(generation)) return;
    this.emit({ type: 'activity', activity });
  }

  private attempt(): void {
    if (this.stopped) return;
    this.generation += 1;
    const generation = this.generation;
    this.setState({ kind: 'connecting' });
    this.open(generation).catch((error: unknown) => {
      this.connectionLost(generation, {
        code: 'CONNECT_FAILED',
        messageVi: `Không kết nối được: ${describeError(error)}`,
        messageEn: `Could not connect: ${describeError(error)}`,
      });
    });
  }

  private finish(state: SourceState): void {
    this.retries.cancel();
    this.generation += 1;
    this.setState(state);
    void this.close().catch(() => undefined);
  }

  private setState(state: SourceState): void {
    this.current = state;
    this.emit({ type: 'state', state });
  }

  private emit(event: ChatSourceEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error(`[chat:${this.platform}] listener failed:`, describeError(error));
      }
    }
  }
}

