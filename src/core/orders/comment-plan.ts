// What a parsed comment asks the order book to do. The parser says what the
// buyer meant; this decides which rule of the order book applies.
import type { ParseResult } from '../parser/parse-result';

/**
 * `cancel`: the buyer takes something back but which product is unclear; settling takes units off instead of adding them.
 * `swap`: the buyer changes to a product without saying what goes (`đổi sang mật ong rừng`); settling adds it, and the seller
 * takes off what it replaces.
 * `vague`: the buyer gives no number (`lấy hết`, `một ít`, `gấp đôi`); the seller sets the count.
 */
export type ReviewReason = 'no-product' | 'ambiguous' | 'unknown-product' | 'set-quantity' | 'part' | 'paid' | 'restore' | 'amount' | 'cancel' | 'swap' | 'vague';

export type CommentPlan =
  /**
   * Add these products to the buyer's open order (quantities are at least 1). A swap first takes
   * `swapOut` off (qty null: all of it); with `sameCount`, the one item takes as many units as came off.
   */
  | { kind: 'order'; items: { code: string; qty: number }[]; swapOut?: { code: string; qty: number | null }[]; sameCount?: boolean }
  /** items null: cancel the buyer's whole open order; otherwise remove these (qty null = all of that product). */
  | { kind: 'cancel'; items: { code: string; qty: number | null }[] | null }
  /** `bớt 1 chai`: this many units of a product the comment does not name (the unit word, if any, narrows it). */
  | { kind: 'cancel-units'; qty: number; unit: string | null }
  /** The parser was unsure: the seller settles it from the review queue. */
  | { kind: 'review'; reason: ReviewReason }
  /** Questions, contact details, chatter: nothing changes in the order book. */
  | { kind: 'none' };

export function planComment(result: ParseResult): CommentPlan {
  if (result.intent === 'order') {
    if (result.review) return { kind: 'review', reason: result.review };
    if (result.items.length === 0) return { kind: 'review', reason: 'no-product' };
    const items = mergeItems(result.items.map((item) => ({ code: item.code, qty: item.qty ?? 1 })));
    if (result.swap) return { kind: 'order', items, swapOut: result.swap.out.map((item) => ({ code: item.code, qty: item.qty })), sameCount: result.swap.sameCount };
    return { kind: 'order', items };
  }
  if (result.intent === 'cancel') {
    // "huỷ cái kia" with a name the parser could not pin down must not cancel the wrong thing.
    if (result.review === 'ambiguous') return { kind: 'review', reason: 'cancel' };
    if (result.items.length === 0 && result.fewer) return { kind: 'cancel-units', qty: Math.max(1, Math.trunc(result.fewer.qty)), unit: result.fewer.unit };
    return { kind: 'cancel', items: result.items.length === 0 ? null : result.items.map((item) => ({ code: item.code, qty: item.qty })) };
  }
  return { kind: 'none' };
}

/** "MO1 x2, thêm 1 MO1 nữa" is three of MO1. */
function mergeItems(items: { code: string; qty: number }[]): { code: string; qty: number }[] {
  const byCode = new Map<string, number>();
  for (const item of items) {
    const qty = Math.max(1, Math.trunc(item.qty));
    byCode.set(item.code, (byCode.get(item.code) ?? 0) + qty);
  }
  return [...byCode].map(([code, qty]) => ({ code, qty }));
}
