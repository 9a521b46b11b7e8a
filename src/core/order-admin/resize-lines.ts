// The seller sets how many of each product an order holds; the order keeps
// a line per product and price (a flash sale's units beside the regular
// ones), so a new total has to be spread over those lines.
import { byProduct, unitsBy } from '../orders/units-by';

export interface SizedLine {
  productId: number;
  qty: number;
}

/**
 * The lines after each product in `totals` is set to its total (products not
 * in `totals` keep theirs). Fewer units come off a product's newest line first,
 * as a buyer's cancel takes them; more units join its newest line, at that
 * line's price. A line left with nothing is dropped. Products the order does
 * not hold yet are the caller's: they need a price.
 */
export function resizeLines<L extends SizedLine>(lines: readonly L[], totals: ReadonlyMap<number, number>): L[] {
  const held = unitsBy(lines, byProduct);
  const change = new Map<number, number>();
  for (const [productId, total] of totals) {
    const before = held.get(productId);
    if (before !== undefined) change.set(productId, Math.max(0, total) - before);
  }
  const after = lines.map((line) => ({ ...line }));
  for (let i = after.length - 1; i >= 0; i -= 1) {
    const line = after[i]!;
    const delta = change.get(line.productId);
    if (delta === undefined || delta === 0) continue;
    if (delta > 0) {
      line.qty += delta;
      change.set(line.productId, 0);
    } else {
      const cut = Math.min(line.qty, -delta);
      line.qty -= cut;
      change.set(line.productId, delta + cut);
    }
  }
  return after.filter((line) => line.qty > 0);
}
