// Auto-showcase: when several different buyers ask about the same product
// within a short window ("MO1 còn không?", "mật ong giá sao?"), put its card up.
// Guards keep it from fighting the seller: one switch per window at most, never
// over a running flash sale, never the product already on screen.

export interface AutoShowcaseRules {
  /** Different buyers that must ask within the window. */
  threshold: number;
  windowSec: number;
}

export class AskTracker {
  private readonly asks = new Map<string, Map<string, number>>(); // code → buyer → last asked (ms)
  private lastSwitch = -Infinity;

  /** One buyer asked about these product codes at `at` (ms). */
  record(userId: string, codes: readonly string[], at: number): void {
    for (const code of codes) {
      let buyers = this.asks.get(code);
      if (!buyers) this.asks.set(code, (buyers = new Map()));
      buyers.set(userId, at);
    }
  }

  /** The product to put up now, if any; calling it with a result counts as the switch. */
  pick(now: number, rules: AutoShowcaseRules, onScreen: string | null, blocked: boolean): string | null {
    const windowMs = rules.windowSec * 1000;
    let best: { code: string; count: number; latest: number } | null = null;
    for (const [code, buyers] of this.asks) {
      for (const [buyer, at] of buyers) if (now - at > windowMs) buyers.delete(buyer);
      if (buyers.size === 0) {
        this.asks.delete(code);
        continue;
      }
      const latest = Math.max(...buyers.values());
      if (!best || buyers.size > best.count || (buyers.size === best.count && latest > best.latest)) best = { code, count: buyers.size, latest };
    }
    if (blocked || !best || best.count < rules.threshold || best.code === onScreen || now - this.lastSwitch < windowMs) return null;
    this.lastSwitch = now;
    this.asks.delete(best.code);
    return best.code;
  }
}
