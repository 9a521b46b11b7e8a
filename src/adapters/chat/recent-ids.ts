/**
 * The message ids a source has already handed on, so that a reconnect (which
 * often replays the last minutes of chat) never emits a comment twice. Bounded:
 * the oldest ids are forgotten first; the order book's own unique key on
 * platform + message id is the final guard.
 */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 50_000) {}

  /** True when the id is new (and now remembered); false when it was seen before. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      // A Set iterates in insertion order: the first is the oldest.
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return true;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  get size(): number {
    return this.ids.size;
  }
}
