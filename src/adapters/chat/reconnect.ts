// Exponential backoff with jitter, shared by every network source. Jitter
// spreads retries so that when a village's connection comes back, several
// sources (and several sellers behind one carrier NAT) do not hammer the
// platform in the same instant.

export interface BackoffOptions {
  /** Delay before the first retry. */
  initialMs: number;
  /** Delays never grow past this. */
  maxMs: number;
  /** Each attempt waits this many times longer than the one before. */
  factor: number;
  /** 0..1: the share of each delay that is random (0.5 waits between 50% and 100% of the exponential delay). */
  jitter: number;
  /** For deterministic tests; Math.random otherwise. */
  random?: () => number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 1000, maxMs: 30_000, factor: 2, jitter: 0.5 };

/** Milliseconds to wait before retry number `attempt` (1 = the first retry). */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 60));
  const ceiling = Math.min(options.maxMs, options.initialMs * options.factor ** exponent);
  const jitter = Math.min(1, Math.max(0, options.jitter));
  const random = (options.random ?? Math.random)();
  return Math.round(ceiling * (1 - jitter) + ceiling * jitter * random);
}

/**
 * Counts attempts and runs one retry at a time. A success resets the count,
 * so a source that worked for an hour starts again from a short delay.
 */
export class ReconnectSchedule {
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly options: BackoffOptions;

  constructor(options: Partial<BackoffOptions> = {}) {
    this.options = { ...DEFAULT_BACKOFF, ...options };
  }

  /** Plans the next retry and calls `retry` when its time comes; a retry already planned is replaced. */
  schedule(retry: () => void): { attempt: number; delayMs: number } {
    this.cancel();
    this.attempt += 1;
    const delayMs = backoffDelay(this.attempt, this.options);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      retry();
    }, delayMs);
    return { attempt: this.attempt, delayMs };
  }

  succeeded(): void {
    this.attempt = 0;
  }

  get attempts(): number {
    return this.attempt;
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
