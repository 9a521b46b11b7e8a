// What a buyer pays during a flash sale: the deal price shown on the stream,
// for the product on sale, from its start until its end, while units are
// left. The last units go to whoever asks while "Còn 1 suất" is on screen,
// whatever quantity they ask for: a buyer is never charged more than the
// screen promised them.
import type { OverlayState } from '../overlay/overlay-state';

export type FlashSaleTerms = Pick<OverlayState['flashSale'], 'productId' | 'dealPrice' | 'quantity' | 'startedAt' | 'endsAt'>;

/** The sale that is on for this product at `atMs`, if any (quantity not considered). */
export function saleRunningFor(sale: FlashSaleTerms, productId: number, atMs: number): sale is FlashSaleTerms & { dealPrice: number; startedAt: string; endsAt: string } {
  if (sale.productId !== productId || sale.dealPrice === null || sale.startedAt === null || sale.endsAt === null) return false;
  return atMs >= Date.parse(sale.startedAt) && atMs < Date.parse(sale.endsAt);
}

/**
 * The unit price of a product ordered at `atMs`: the deal price while the sale
 * runs and `soldAtDeal` has not reached its quantity (0: no limit), else the regular price.
 */
export function flashSalePrice(sale: FlashSaleTerms, product: { id: number; price: number }, atMs: number, soldAtDeal: () => number): number {
  if (!saleRunningFor(sale, product.id, atMs)) return product.price;
  if (sale.quantity > 0 && soldAtDeal() >= sale.quantity) return product.price;
  // A "deal" above the regular price is no deal: the buyer pays the lower.
  return Math.min(sale.dealPrice, product.price);
}
