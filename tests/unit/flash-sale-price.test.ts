import { describe, expect, it } from 'vitest';
import { flashSalePrice, type FlashSaleTerms } from '../../src/core/orders/flash-sale-price';

const honey = { id: 7, price: 180_000 };
const sale: FlashSaleTerms = { productId: 7, dealPrice: 149_000, quantity: 10, startedAt: '2026-05-01T10:00:00.000Z', endsAt: '2026-05-01T10:05:00.000Z' };
const at = (iso: string) => Date.parse(iso);

describe('the price of a product during a flash sale', () => {
  it('is the deal price from the start of the sale until just before its end', () => {
    expect(flashSalePrice(sale, honey, at('2026-05-01T10:00:00.000Z'), () => 0)).toBe(149_000);
    expect(flashSalePrice(sale, honey, at('2026-05-01T10:04:59.999Z'), () => 0)).toBe(149_000);
  });

  it('is the regular price before the sale starts and once it has ended', () => {
    expect(flashSalePrice(sale, honey, at('2026-05-01T09:59:59.999Z'), () => 0)).toBe(180_000);
    expect(flashSalePrice(sale, honey, at('2026-05-01T10:05:00.000Z'), () => 0)).toBe(180_000);
  });

  it('is the regular price for every other product', () => {
    expect(flashSalePrice(sale, { id: 8, price: 90_000 }, at('2026-05-01T10:01:00.000Z'), () => 0)).toBe(90_000);
  });

  it('goes back to the regular price once the announced units are sold, and never counts when there is no limit', () => {
    expect(flashSalePrice(sale, honey, at('2026-05-01T10:01:00.000Z'), () => 9)).toBe(149_000);
    expect(flashSalePrice(sale, honey, at('2026-05-01T10:01:00.000Z'), () => 10)).toBe(180_000);
    const unlimited = { ...sale, quantity: 0 };
    expect(flashSalePrice(unlimited, honey, at('2026-05-01T10:01:00.000Z'), () => { throw new Error('counted'); })).toBe(149_000);
  });

  it('never charges more than the regular price, and nothing is a sale when it was stopped or never started', () => {
    expect(flashSalePrice({ ...sale, dealPrice: 200_000 }, honey, at('2026-05-01T10:01:00.000Z'), () => 0)).toBe(180_000);
    expect(flashSalePrice({ ...sale, endsAt: null }, honey, at('2026-05-01T10:01:00.000Z'), () => 0)).toBe(180_000);
    expect(flashSalePrice({ ...sale, startedAt: null, endsAt: null }, honey, at('2026-05-01T10:01:00.000Z'), () => 0)).toBe(180_000);
  });
});
