// How many units some order lines hold of each product (or code). An order
// holds a product once per price (a flash sale's units beside the regular
// ones), while the rules, the item editor, undo and the ticker count it once.

export function unitsBy<L extends { qty: number }, K>(lines: Iterable<L>, key: (line: L) => K): Map<K, number> {
  const units = new Map<K, number>();
  for (const line of lines) {
    const k = key(line);
    units.set(k, (units.get(k) ?? 0) + line.qty);
  }
  return units;
}

/** The key of `unitsBy` for lines of products by id. */
export const byProduct = (line: { productId: number }): number => line.productId;
