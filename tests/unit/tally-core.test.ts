import { describe, expect, it } from 'vitest';
import { showcaseBands } from '../../src/core/reports/showcase-bands';
import { orderSeries } from '../../src/core/reports/order-series';
import { buildSessionTally, type SessionFacts } from '../../src/core/reports/tally';
import { compareSessions } from '../../src/core/reports/session-comparison';

const t = (hhmm: string) => `2024-05-12T${hhmm}:00.000Z`;

describe('showcase bands', () => {
  it('makes one band per stretch on screen, merging repeats and closing the last at the end', () => {
    const bands = showcaseBands(
      [
        { at: t('20:00'), code: 'MO1', name: 'Mật ong' },
        { at: t('20:05'), code: 'MO1', name: 'Mật ong' },
        { at: t('20:10'), code: null, name: null },
        { at: t('20:12'), code: 'TD1', name: 'Tỏi đen' },
      ],
      t('20:30'),
    );
    expect(bands).toEqual([
      { code: 'MO1', name: 'Mật ong', from: t('20:00'), to: t('20:10') },
      { code: 'TD1', name: 'Tỏi đen', from: t('20:12'), to: t('20:30') },
    ]);
  });
});

describe('orders over time', () => {
  it('fills empty minutes with zeros and marks what was on screen', () => {
    const series = orderSeries(
      [
        { minute: '2024-05-12T20:01', orders: 2 },
        { minute: '2024-05-12T20:03', orders: 1 },
      ],
      [{ at: t('20:02'), code: 'TD1', name: 'Tỏi đen' }],
      t('20:00'),
      t('20:04'),
    );
    expect(series.bucketMinutes).toBe(1);
    expect(series.points.map((p) => [p.at.slice(11, 16), p.orders, p.showcase])).toEqual([
      ['20:00', 0, null],
      ['20:01', 2, null],
      ['20:02', 0, 'TD1'],
      ['20:03', 1, 'TD1'],
      ['20:04', 0, 'TD1'],
    ]);
  });

  it('groups minutes into wider bars on long streams so the chart stays readable', () => {
    const series = orderSeries([{ minute: '2024-05-12T23:59', orders: 5 }], [], t('20:00'), t('23:59'));
    expect(series.bucketMinutes).toBe(1);
    const long = orderSeries([{ minute: '2024-05-13T05:59', orders: 5 }], [], t('20:00'), null);
    expect(long.bucketMinutes).toBe(5);
    expect(long.points.length).toBeLessThanOrEqual(240);
    expect(long.points.reduce((sum, p) => sum + p.orders, 0)).toBe(5);
  });
});

describe('the tally of a session', () => {
  it('adds items sold while shown, averages and conversion, best sellers first', () => {
    const facts: SessionFacts = {
      session: { id: 1, name: 'Tối 12/5', kind: 'live', startedAt: t('20:00'), endedAt: t('20:10') },
      orders: 4,
      cancelledOrders: 1,
      revenue: 700_000,
      paidOrders: 1,
      paidRevenue: 150_000,
      items: [
        { code: 'TD1', name: 'Tỏi đen', quantity: 2, revenue: 200_000 },
        { code: 'MO1', name: 'Mật ong', quantity: 5, revenue: 500_000 },
      ],
      quantityWhileShown: [{ code: 'mo1', quantity: 3 }],
      customers: 3,
      returningCustomers: 1,
      topBuyers: [],
      comments: 20,
      orderComments: 6,
      commentsToOrders: 5,
      minutes: [
        { minute: '2024-05-12T20:01', orders: 3 },
        { minute: '2024-05-12T20:06', orders: 1 },
      ],
      showcase: [{ at: t('20:00'), code: 'MO1', name: 'Mật ong' }, { at: t('20:05'), code: 'TD1', name: 'Tỏi đen' }],
    };
    const tally = buildSessionTally(facts);
    expect(tally.itemList.map((i) => [i.code, i.quantity, i.revenue, i.quantityWhileShown])).toEqual([
      ['MO1', 5, 500_000, 3],
      ['TD1', 2, 200_000, 0],
    ]);
    expect(tally.items.MO1!.quantity).toBe(5);
    expect(tally.averageOrder).toBe(175_000);
    expect(tally.units).toBe(7);
    expect(tally.newCustomers).toBe(2);
    expect(tally.conversion).toBeCloseTo(0.25);
    expect(tally.bands.map((b) => [b.code, b.orders])).toEqual([['MO1', 3], ['TD1', 1]]);
    expect(tally.series).toHaveLength(11);
  });
});

describe('sessions compared', () => {
  it('orders sessions by time with changes against the one before and the best products', () => {
    const comparison = compareSessions([
      { sessionId: 2, name: 'B', kind: 'live', startedAt: t('21:00'), orders: 6, revenue: 900_000, customers: 5, products: [{ code: 'TD1', name: 'Tỏi đen', quantity: 9, revenue: 900_000 }] },
      { sessionId: 1, name: 'A', kind: 'live', startedAt: t('20:00'), orders: 4, revenue: 600_000, customers: 4, products: [{ code: 'MO1', name: 'Mật ong', quantity: 4, revenue: 400_000 }, { code: 'TD1', name: 'Tỏi đen', quantity: 2, revenue: 200_000 }] },
    ]);
    expect(comparison.sessions.map((s) => [s.name, s.revenueChange, s.ordersChange, s.bestProduct?.code])).toEqual([
      ['A', null, null, 'MO1'],
      ['B', 0.5, 0.5, 'TD1'],
    ]);
    expect(comparison.products.map((p) => [p.code, p.revenue, p.bySession])).toEqual([
      ['TD1', 1_100_000, { '1': 200_000, '2': 900_000 }],
      ['MO1', 400_000, { '1': 400_000 }],
    ]);
  });
});
