import { describe, expect, it } from 'vitest';
import { reconcile, type PayableOrder } from '../../src/core/payments/reconcile';
import type { Transfer } from '../../src/core/payments/transfer';
import { findOrderCodes } from '../../src/core/orders/order-code';

const orders: PayableOrder[] = [
  { id: 1, code: 'DH0001', status: 'pending', total: 150_000, paid: 0 },
  { id: 2, code: 'DH0002', status: 'confirmed', total: 300_000, paid: 0 },
  { id: 3, code: 'DH0003', status: 'cancelled', total: 90_000, paid: 0 },
  { id: 4, code: 'DH0004', status: 'packed', total: 200_000, paid: 50_000 },
  { id: 5, code: 'DH0005', status: 'paid', total: 120_000, paid: 120_000 },
  { id: 6, code: 'DH0006', status: 'pending', total: 40_000, paid: 0 },
  { id: 7, code: 'DH0007', status: 'pending', total: 60_000, paid: 0 },
];

const transfer = (line: number, amount: number, memo: string, reference = ''): Transfer => ({ line, amount, memo, reference, at: null });

function run(transfers: Transfer[], imported: string[] = []) {
  const byCode = new Map(orders.map((order) => [order.code, order]));
  return reconcile(transfers, {
    findCodes: findOrderCodes,
    findOrder: (code) => byCode.get(code),
    alreadyImported: (t) => imported.includes(t.reference),
  });
}

describe('matching transfers to orders', () => {
  it('matches by the code in the memo and the amount due, and lists every other case with its reason', () => {
    const result = run([
      transfer(1, 150_000, 'NGUYEN VAN A ck dh 0001', 'R1'),
      transfer(2, 250_000, 'DH0002', 'R2'),
      transfer(3, 90_000, 'DH0003 huy roi', 'R3'),
      transfer(4, 150_000, 'DH0004', 'R4'),
      transfer(5, 120_000, 'DH0005', 'R5'),
      transfer(6, 100_000, 'DH0006 DH0007', 'R6'),
      transfer(7, 10_000, 'DH9999', 'R7'),
      transfer(8, 10_000, 'tien hang', 'R8'),
      transfer(9, 150_000, 'DH0001', 'R1'),
      transfer(10, 1, 'DH0001', 'OLD'),
    ], ['OLD']);
    expect(result.matched.map((m) => [m.transfer.line, m.orders.map((o) => o.code), m.markPaid])).toEqual([
      [1, ['DH0001'], [1]],
      [4, ['DH0004'], []],
      [6, ['DH0006', 'DH0007'], [6, 7]],
    ]);
    expect(result.mismatches.map((m) => [m.transfer.line, m.reason, m.expected])).toEqual([
      [2, 'wrong-amount', 300_000],
      [3, 'cancelled', 90_000],
      [5, 'already-paid', 0],
      [7, 'unknown-code', null],
      [8, 'no-code', null],
      [9, 'duplicate', 0],
      [10, 'duplicate', 0],
    ]);
  });

  it('counts a second full payment of the same order in one statement as already paid', () => {
    const result = run([transfer(1, 150_000, 'DH0001', 'A'), transfer(2, 150_000, 'DH0001', 'B')]);
    expect(result.matched).toHaveLength(1);
    expect(result.mismatches.map((m) => m.reason)).toEqual(['already-paid']);
  });

  it('lists several orders in one memo when the amount is not what they owe together', () => {
    const result = run([transfer(1, 40_000, 'DH0006 va DH0007')]);
    expect(result.mismatches.map((m) => [m.reason, m.expected])).toEqual([['several-orders', 100_000]]);
  });
});
