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

describe('order codes in transfer memos', () => {
  it.each([
    ['CK DH0012 NGUYEN VAN A', ['DH0012']],
    ['thanh toan dh 0012 va dh-0013', ['DH0012', 'DH0013']],
    ['DH12', ['DH0012']],
    ['dh12 nguyen van a', ['DH0012']],
    ['Chuyen tien DH-12', ['DH0012']],
    ['ck DH.7', ['DH0007']],
    ['ĐH0012 chị Lan', ['DH0012']],
    ['NGUYENVANADH0012', ['DH0012']],
    ['NGUYENVANADH12', ['DH0012']],
    ['NGUYEN VAN A-DH12', ['DH0012']],
    ['DH0012NGUYENVANA', ['DH0012']],
    ['DH12NGUYENVANA', ['DH0012']],
    ['MBVCB.5678.DH0001 chuyen tien', ['DH0001']],
    ['0912345678DH0012', ['DH0012']],
    ['DH12345 Lan', ['DH12345']],
    ['DH00012', ['DH0012']],
    ['DH12DH13', ['DH0012', 'DH0013']],
    ['dh12 va dh0012', ['DH0012']],
  ])('reads %j as %j', (memo, codes) => {
    expect(findOrderCodes(memo)).toEqual(codes);
  });

  it.each([
    // glued to other text on both sides: part of some other reference
    'ADH0012X',
    'FT24ADH12B',
    // digits running into a phone number or an amount
    'DH00120912345678',
    // a money unit glued on: DH12 and 500k, or DH12500?
    'DH12500K',
    'DH0012500k',
    'dh12tr',
    'DH12VND',
    // a short number after a space is as likely a quantity ("2 hộp")
    'ck dh 2 hop mat ong',
    'dh 12',
    // a short code starting with 0 is a cut-off longer one, not something typed
    'NGUYEN VAN A DH001',
    'DH0',
    'DH0000',
    // no code at all
    'tien hang',
    'DHL giao hang 12',
    'chuyen khoan dh',
  ])('finds no code in %j', (memo) => {
    expect(findOrderCodes(memo)).toEqual([]);
  });

  it('pays the right order from a short or glued code, and never pays another order from a code run into an amount', () => {
    const book: PayableOrder[] = [
      { id: 12, code: 'DH0012', status: 'pending', total: 500_000, paid: 0 },
      { id: 13, code: 'DH0013', status: 'pending', total: 90_000, paid: 0 },
      { id: 12_500, code: 'DH12500', status: 'pending', total: 500_000, paid: 0 },
    ];
    const byCode = new Map(book.map((order) => [order.code, order]));
    const result = reconcile(
      [
        transfer(1, 500_000, 'DH12500K'),
        transfer(2, 500_000, 'NGUYENVANADH12'),
        transfer(3, 90_000, 'LANCHUYENTIENDH0013'),
        // One long run of digits reads as one (unknown) code, never as DH12 and 500.000.
        transfer(4, 500_000, 'DH12500000'),
      ],
      { findCodes: findOrderCodes, findOrder: (code) => byCode.get(code), alreadyImported: () => false },
    );
    expect(result.matched.map((m) => [m.transfer.line, m.orders.map((o) => o.code)])).toEqual([
      [2, ['DH0012']],
      [3, ['DH0013']],
    ]);
    expect(result.mismatches.map((m) => [m.transfer.line, m.reason])).toEqual([[1, 'no-code'], [4, 'unknown-code']]);
  });
});
