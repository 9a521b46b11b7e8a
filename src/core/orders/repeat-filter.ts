// "The same user repeating the same text within 10 seconds counts once."
// Buyers hammer "+1" when excited; only the first of a quick run counts.
// Times are the platform's send times, so a replay decides exactly as the
// live stream did. Memory stays bounded: entries older than the window go.

const RUNS_OF_SPACE = /\s{2,}|[\t\n\r\f\v]/;

/** The same words however they were spaced or capitalised. Runs on every comment, so the common case is cheap. */
export function repeatKey(platform: string, userId: string, text: string): string {
  let words = text.trim().toLowerCase();
  if (RUNS_OF_SPACE.test(words)) words = words.split(/\s+/).join(' ');
  return `${platform}\u0000${userId}\u0000${words}`;
}

export class RepeatFilter {
  private readonly lastSeen = new Map<string, number>();
  private undo: [string, number | undefined][] = [];
  private newest = Number.NEGATIVE_INFINITY;
  private nextPrune = 0;

  constructor(public windowMs = 10_000) {}

  /**
   * True when the same key was seen less than the window before `atMs`.
   * Every sighting extends the window, so a steady stream of "+1" every
   * few seconds is one order, not many.
   */
  check(key: string, atMs: number): boolean {
    const previous = this.lastSeen.get(key);
    const repeat = previous !== undefined && this.windowMs > 0 && Math.abs(atMs - previous) < this.windowMs;
    this.remember(key, atMs);
    return repeat;
  }

  /** Records a sighting without asking (a comment seen before a restart). */
  remember(key: string, atMs: number): void {
    const previous = this.lastSeen.get(key);
    this.undo.push([key, previous]);
    if (previous === undefined || atMs > previous) this.lastSeen.set(key, atMs);
    if (atMs > this.newest) this.newest = atMs;
    if (this.lastSeen.size >= this.nextPrune) this.prune();
  }

  /** What was recorded since the last commit is kept. */
  commit(): void {
    this.undo = [];
  }

  /** What was recorded since the last commit is forgotten (its transaction rolled back). */
  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i -= 1) {
      const [key, previous] = this.undo[i]!;
      if (previous === undefined) this.lastSeen.delete(key);
      else this.lastSeen.set(key, previous);
    }
    this.undo = [];
  }

  get size(): number {
    return this.lastSeen.size;
  }

  private prune(): void {
    const horizon = this.newest - this.windowMs;
    for (const [key, at] of this.lastSeen) if (at < horizon) this.lastSeen.delete(key);
    // Amortised: prune again when the map has doubled since.
    this.nextPrune = Math.max(1024, this.lastSeen.size * 2);
  }
}
