import { describe, expect, it } from 'vitest';
import { resizeLines } from '../../src/core/order-admin/resize-lines';

// Lan's order: two honey, then coffee at the regular price and, during a flash sale, two more at the deal.
const lan = [
  { productId: 1, qty: 2, unitPrice: 180_000 },
  { productId: 2, qty: 1, unitPrice: 150_000 },
  { productId: 2, qty: 2, unitPrice: 119_000 },
];

describe('setting how many of a product an order holds', () => {
  it('takes units off the newest line first, and drops a line left empty', () => {
    expect(resizeLines(lan, new Map([[2, 2]]))).toEqual([lan[0], lan[1], { productId: 2, qty: 1, unitPrice: 119_000 }]);
    expect(resizeLines(lan, new Map([[2, 1]]))).toEqual([lan[0], lan[1]]);
  });

  it('reaches into older lines when the newest is not enough', () => {
    expect(resizeLines(lan, new Map([[2, 0]]))).toEqual([lan[0]]);
    expect(resizeLines(lan, new Map([[1, 1], [2, 0]]))).toEqual([{ productId: 1, qty: 1, unitPrice: 180_000 }]);
  });

  it('adds units to the newest line of the product, at its price', () => {
    expect(resizeLines(lan, new Map([[2, 5]]))).toEqual([lan[0], lan[1], { productId: 2, qty: 4, unitPrice: 119_000 }]);
  });

  it('leaves products it is not told of, and products the order does not hold, as they are', () => {
    expect(resizeLines(lan, new Map([[9, 3]]))).toEqual(lan);
    expect(resizeLines(lan, new Map())).toEqual(lan);
  });

  it('treats a negative total as none and does not change the lines it was given', () => {
    const copy = structuredClone(lan);
    expect(resizeLines(lan, new Map([[1, -4]]))).toEqual([lan[1], lan[2]]);
    expect(lan).toEqual(copy);
  });
});
