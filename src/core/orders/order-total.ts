/** What a line of an order costs: the price copied when it was ordered, times the quantity. */
export interface PricedLine {
  qty: number;
  unitPrice: number;
}

/** Whole đồng; integers all the way so no rounding creeps in. */
export function orderTotal(lines: readonly PricedLine[]): number {
  let total = 0;
  for (const line of lines) total += line.qty * line.unitPrice;
  return total;
}
