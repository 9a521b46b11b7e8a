// The time each write transaction of the order book is stamped with, strictly
// later than the one before. "Changed since?" checks (undo refusing to go over
// a newer comment) compare updated_at stamps: two transactions in the same
// millisecond must still differ, or a buyer's comment right after a seller's
// edit would go unnoticed.
export class WriteClock {
  private last = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => Date) {}

  stamp(): string {
    const ms = Math.max(this.now().getTime(), this.last + 1);
    this.last = ms;
    return new Date(ms).toISOString();
  }
}
