// `bớt 1 chai`, `hủy 1 hũ`: a buyer takes units back without naming the
// product. A seller reading the chat knows which one from what the buyer
// holds; where they could not, neither does the app.
import { foldVietnamese } from '../text/fold';

export interface HeldProduct {
  productId: number;
  unit: string;
}

/**
 * The product a count-only cancel means, or null when the seller must choose: the only product the
 * buyer holds (or waits for) that is sold by the unit they typed, if any is; failing that, the one
 * on screen when they hold it.
 */
export function productOfUnnamedCancel(held: readonly HeldProduct[], unit: string | null, showcaseProductId: number | null): number | null {
  let candidates = [...new Map(held.map((line) => [line.productId, line])).values()];
  if (unit !== null) {
    const typed = foldVietnamese(unit).trim();
    const byUnit = candidates.filter((line) => foldVietnamese(line.unit).trim() === typed);
    // `bớt 1 cái` fits no product's own unit: it narrows nothing
    if (byUnit.length > 0) candidates = byUnit;
  }
  if (candidates.length === 1) return candidates[0]!.productId;
  if (showcaseProductId !== null && candidates.some((line) => line.productId === showcaseProductId)) return showcaseProductId;
  return null;
}
