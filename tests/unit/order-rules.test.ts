import { describe, expect, it } from 'vitest';
import { allocate, planCancel, planPromotion } from '../../src/core/orders/stock-rules';
import { findOrderCodes, formatOrderCode } from '../../src/core/orders/order-code';
import { orderTotal } from '../../src/core/orders/order-total';
import { RepeatFilter, repeatKey } from '../../src/core/orders/repeat-filter';
import { planComment } from '../../src/core/orders/comment-plan';

describe('order codes', () => {
  it('are DH and the order number padded to four digits, fit for a transfer memo', () => {
    expect(formatOrderCode(1)).toBe('DH0001');
    expect(formatOrderCode(9999)).toBe('DH9999');
    expect(formatOrderCode(123456)).toBe('DH123456');
    expect(formatOrderCode(42)).toMatch(/^[A-Z0-9]+$/);
  });

  it('are found again in a memo however the bank spaced or cased them', () => {
    expect(findOrderCodes('CK DH0012 NGUYEN VAN A')).toEqual(['DH0012']);
    expect(findOrderCodes('thanh toan dh 0012 va dh-0013')).toEqual(['DH0012', 'DH0013']);
    expect(findOrderCodes('ADH0012X')).toEqual([]);
  });

  it('refuse a sequence that is not a positive whole number', () => {
    expect(() => formatOrderCode(0)).toThrow(RangeError);
  });
});

describe('an order total', () => {
  it('is the sum of quantity times the price copied at order time', () => {
    expect(orderTotal([{ qty: 2, unitPrice: 150_000 }, { qty: 1, unitPrice: 45_000 }])).toBe(345_000);
    expect(orderTotal([])).toBe(0);
  });
});

describe('stock allocation', () => {
  it('takes from stock what it can and puts the rest on the waitlist', () => {
    const stock = new Map([[1, 3], [2, 0], [3, 10]]);
    const result = allocate(
      [{ productId: 1, qty: 5 }, { productId: 2, qty: 1 }, { productId: 3, qty: 2 }],
      (id) => stock.get(id) ?? 0,
    );
    expect(result.reserved).toEqual([{ productId: 1, qty: 3 }, { productId: 3, qty: 2 }]);
    expect(result.waitlisted).toEqual([{ productId: 1, qty: 2 }, { productId: 2, qty: 1 }]);
  });

  it('counts the same product named twice in one comment against the same stock', () => {
    const result = allocate([{ productId: 1, qty: 2 }, { productId: 1, qty: 2 }], () => 3);
    expect(result.reserved).toEqual([{ productId: 1, qty: 2 }, { productId: 1, qty: 1 }]);
    expect(result.waitlisted).toEqual([{ productId: 1, qty: 1 }]);
  });
});

describe('passing freed stock down the waitlist', () => {
  const queue = [
    { waitlistId: 10, productId: 1, qty: 2 },
    { waitlistId: 11, productId: 1, qty: 1 },
    { waitlistId: 12, productId: 1, qty: 4 },
  ];

  it('serves buyers in the order they asked', () => {
    expect(planPromotion(3, queue)).toEqual({
      fills: [
        { waitlistId: 10, qty: 2, complete: true },
        { waitlistId: 11, qty: 1, complete: true },
      ],
      left: 0,
    });
  });

  it('gives the head of the line part of its wait when that is all there is', () => {
    expect(planPromotion(1, queue).fills).toEqual([{ waitlistId: 10, qty: 1, complete: false }]);
  });

  it('does nothing with no stock', () => {
    expect(planPromotion(0, queue)).toEqual({ fills: [], left: 0 });
  });
});

describe('a cancel', () => {
  const held = [{ productId: 1, qty: 3 }, { productId: 2, qty: 1 }];
  const waiting = [{ waitlistId: 7, productId: 1, qty: 2 }];

  it('without items takes back the whole order and every wait', () => {
    expect(planCancel(held, waiting, null)).toEqual({
      release: [{ productId: 1, qty: 3 }, { productId: 2, qty: 1 }],
      waitlist: [{ waitlistId: 7, remaining: 0 }],
      orderEmptied: true,
    });
  });

  it('with a quantity shrinks what still waits before touching what was set aside', () => {
    expect(planCancel(held, waiting, [{ productId: 1, qty: 3 }])).toEqual({
      release: [{ productId: 1, qty: 1 }],
      waitlist: [{ waitlistId: 7, remaining: 0 }],
      orderEmptied: false,
    });
  });

  it('with a product and no quantity removes all of that product only', () => {
    expect(planCancel(held, [], [{ productId: 2, qty: null }])).toEqual({
      release: [{ productId: 2, qty: 1 }],
      waitlist: [],
      orderEmptied: false,
    });
  });

  it('of a product the buyer never ordered changes nothing', () => {
    expect(planCancel(held, [], [{ productId: 9, qty: 1 }])).toEqual({ release: [], waitlist: [], orderEmptied: false });
  });
});

describe('the repeat filter', () => {
  const key = repeatKey('tiktok', 'u1', '+1');

  it('counts the same text from the same buyer within the window once', () => {
    const filter = new RepeatFilter(10_000);
    expect(filter.check(key, 0)).toBe(false);
    expect(filter.check(key, 4_000)).toBe(true);
    expect(filter.check(repeatKey('tiktok', 'u2', '+1'), 4_000)).toBe(false);
    expect(filter.check(repeatKey('tiktok', 'u1', '+2'), 4_000)).toBe(false);
  });

  it('counts the text again once the buyer paused longer than the window', () => {
    const filter = new RepeatFilter(10_000);
    filter.check(key, 0);
    expect(filter.check(key, 10_000)).toBe(false);
  });

  it('treats spacing and capitals as the same text', () => {
    expect(repeatKey('youtube', 'u', '  Chốt   ĐƠN ')).toBe(repeatKey('youtube', 'u', 'chốt đơn'));
  });

  it('forgets what a rolled-back transaction recorded', () => {
    const filter = new RepeatFilter(10_000);
    filter.check(key, 0);
    filter.commit();
    filter.check(repeatKey('tiktok', 'u9', 'x'), 1);
    filter.rollback();
    expect(filter.check(repeatKey('tiktok', 'u9', 'x'), 2)).toBe(false);
    expect(filter.check(key, 3)).toBe(true);
  });

  it('keeps its memory bounded on a long stream', () => {
    const filter = new RepeatFilter(10_000);
    for (let i = 0; i < 50_000; i += 1) {
      filter.check(repeatKey('tiktok', `u${i}`, 'hello'), i * 10);
      if (i % 1000 === 0) filter.commit();
    }
    expect(filter.size).toBeLessThan(5_000);
  });

  it('with a window of zero counts every comment', () => {
    const filter = new RepeatFilter(0);
    filter.check(key, 0);
    expect(filter.check(key, 0)).toBe(false);
  });
});

describe('what a parsed comment asks of the order book', () => {
  it('an order with products adds them, quantities merged per product and at least 1', () => {
    expect(
      planComment({ intent: 'order', items: [{ code: 'MO1', qty: 2 }, { code: 'MO1', qty: null }, { code: 'CF2', qty: 1 }], phone: null }),
    ).toEqual({ kind: 'order', items: [{ code: 'MO1', qty: 3 }, { code: 'CF2', qty: 1 }] });
  });

  it('an order with no product it could match goes to the review queue', () => {
    expect(planComment({ intent: 'order', items: [], phone: null })).toEqual({ kind: 'review', reason: 'no-product' });
    expect(planComment({ intent: 'order', items: [{ code: 'A', qty: 1 }], phone: null, review: 'ambiguous' })).toEqual({
      kind: 'review',
      reason: 'ambiguous',
    });
  });

  it('a cancel without items cancels the whole open order', () => {
    expect(planComment({ intent: 'cancel', items: [], phone: null })).toEqual({ kind: 'cancel', items: null });
    expect(planComment({ intent: 'cancel', items: [{ code: 'MO1', qty: null }], phone: null })).toEqual({
      kind: 'cancel',
      items: [{ code: 'MO1', qty: null }],
    });
  });

  it('questions, contact details and chatter change nothing', () => {
    for (const intent of ['question', 'contact', 'other'] as const) {
      expect(planComment({ intent, items: [], phone: '0912345678' })).toEqual({ kind: 'none' });
    }
  });
});
