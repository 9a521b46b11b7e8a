// Stock is first come, first served in comment order: an order takes what is
// left, the rest of it waits in line, and stock freed later goes to the head
// of the line.
import { byProduct, unitsBy } from './units-by';

export interface ProductQty {
  productId: number;
  qty: number;
}

export interface Allocation {
  /** Taken from stock into the order now. */
  reserved: ProductQty[];
  /** No stock left for these: they join the waitlist. */
  waitlisted: ProductQty[];
}

/** Splits what a buyer asked for into what stock covers and what must wait. */
export function allocate(requests: readonly ProductQty[], available: (productId: number) => number): Allocation {
  const left = new Map<number, number>();
  const reserved: ProductQty[] = [];
  const waitlisted: ProductQty[] = [];
  for (const { productId, qty } of requests) {
    if (qty <= 0) continue;
    const onHand = left.get(productId) ?? Math.max(0, available(productId));
    const take = Math.min(onHand, qty);
    left.set(productId, onHand - take);
    if (take > 0) reserved.push({ productId, qty: take });
    if (qty > take) waitlisted.push({ productId, qty: qty - take });
  }
  return { reserved, waitlisted };
}

export interface WaitingLine {
  waitlistId: number;
  productId: number;
  qty: number;
}

export interface Fill {
  waitlistId: number;
  /** How many of the freed units this buyer gets now. */
  qty: number;
  /** True when the buyer's whole wait is covered. */
  complete: boolean;
}

/** Freed stock goes down the line in order; the head may get part of what it waits for. */
export function planPromotion(available: number, queue: readonly WaitingLine[]): { fills: Fill[]; left: number } {
  let left = Math.max(0, available);
  const fills: Fill[] = [];
  for (const line of queue) {
    if (left === 0) break;
    const qty = Math.min(left, line.qty);
    left -= qty;
    fills.push({ waitlistId: line.waitlistId, qty, complete: qty === line.qty });
  }
  return { fills, left };
}

export interface CancelPlan {
  /** Units taken out of the order (stock goes back). */
  release: ProductQty[];
  /** Waitlist entries to shrink (qty = what stays waiting; 0 = cancelled). */
  waitlist: { waitlistId: number; remaining: number }[];
  /** True when nothing is left in the order afterwards. */
  orderEmptied: boolean;
}

/**
 * What a cancel takes away. `requested` null cancels everything; a product
 * with qty null loses all of it. What is still waiting goes first, so a
 * buyer who trims an order keeps the units already set aside for them.
 */
export function planCancel(
  held: readonly ProductQty[],
  waiting: readonly WaitingLine[],
  requested: readonly { productId: number; qty: number | null }[] | null,
): CancelPlan {
  const heldLeft = unitsBy(held, byProduct);
  const release: ProductQty[] = [];
  const waitlist: CancelPlan['waitlist'] = [];

  const wanted =
    requested ??
    [...new Set([...held.map((line) => line.productId), ...waiting.map((line) => line.productId)])].map((productId) => ({ productId, qty: null }));

  for (const { productId, qty } of wanted) {
    let toRemove = qty === null ? Number.POSITIVE_INFINITY : Math.max(0, qty);
    // Latest waits go first: the buyer's most recent ask is the one they take back.
    const lines = waiting.filter((line) => line.productId === productId).reverse();
    for (const line of lines) {
      if (toRemove <= 0) break;
      const already = waitlist.find((entry) => entry.waitlistId === line.waitlistId);
      const current = already ? already.remaining : line.qty;
      const cut = Math.min(current, toRemove);
      toRemove -= cut;
      if (already) already.remaining = current - cut;
      else waitlist.push({ waitlistId: line.waitlistId, remaining: current - cut });
    }
    const inOrder = heldLeft.get(productId) ?? 0;
    const cut = Math.min(inOrder, toRemove);
    if (cut > 0) {
      heldLeft.set(productId, inOrder - cut);
      const existing = release.find((line) => line.productId === productId);
      if (existing) existing.qty += cut;
      else release.push({ productId, qty: cut });
    }
  }
  const orderEmptied = [...heldLeft.values()].every((qty) => qty === 0);
  return { release, waitlist, orderEmptied };
}
