// What one transaction changed, gathered while it runs and announced only
// after it commits: listeners never hear of a change that rolled back.
import type { EventBus } from '../event-bus';
import type { LiveComment } from '../contract/live';
import type { OrderRepository } from '../../adapters/sqlite/order-repository';
import type { ReviewRepository } from '../../adapters/sqlite/review-repository';
import type { StockRepository } from '../../adapters/sqlite/stock-repository';

export type OrderChangeReason = 'ordered' | 'items-removed' | 'cancelled' | 'waitlist-promoted' | 'review-resolved' | 'manual' | 'customer-updated';
export type ReviewChange = 'added' | 'resolved' | 'dismissed' | 'reopened';

export interface Promotion {
  waitlistId: number;
  sessionId: number;
  productId: number;
  customerId: number;
  qty: number;
  complete: boolean;
  orderId: number;
}

export class ChangeSet {
  readonly comments: LiveComment[] = [];
  readonly orders = new Map<number, OrderChangeReason>();
  readonly promotions: Promotion[] = [];
  readonly reviews: { id: number; change: ReviewChange }[] = [];
  readonly stock = new Set<number>();
  /** Sessions whose waitlist gained or lost entries. */
  readonly waitlistSessions = new Set<number>();

  order(orderId: number, reason: OrderChangeReason): void {
    // The first reason a transaction gave is the one that says most ("ordered" beats a later "customer-updated").
    if (!this.orders.has(orderId)) this.orders.set(orderId, reason);
  }

  merge(other: ChangeSet): void {
    this.comments.push(...other.comments);
    for (const [id, reason] of other.orders) this.order(id, reason);
    this.promotions.push(...other.promotions);
    this.reviews.push(...other.reviews);
    for (const id of other.stock) this.stock.add(id);
    for (const id of other.waitlistSessions) this.waitlistSessions.add(id);
  }

  get empty(): boolean {
    return (
      this.comments.length === 0 &&
      this.orders.size === 0 &&
      this.promotions.length === 0 &&
      this.reviews.length === 0 &&
      this.stock.size === 0 &&
      this.waitlistSessions.size === 0
    );
  }
}

export interface ChangeReaders {
  orders: OrderRepository;
  reviews: ReviewRepository;
  stock: StockRepository;
}

/** Tells every listener what a committed transaction changed. Reads nothing when nobody listens. */
export function announce(events: EventBus, readers: ChangeReaders, changes: ChangeSet): void {
  if (events.size === 0 || changes.empty) return;
  if (changes.comments.length > 0) events.emit('commentsIngested', { comments: changes.comments });
  const summaries = new Map(readers.orders.summaries([...changes.orders.keys()]).map((order) => [order.id, order]));
  for (const [orderId, reason] of changes.orders) {
    const order = summaries.get(orderId);
    if (order) events.emit('orderChanged', { reason, order });
  }
  for (const promotion of changes.promotions) {
    const product = readers.stock.get(promotion.productId);
    const order = summaries.get(promotion.orderId);
    if (!product || !order) continue;
    events.emit('waitlistPromoted', {
      waitlistId: promotion.waitlistId,
      sessionId: promotion.sessionId,
      productCode: product.code,
      productName: product.name,
      customerId: promotion.customerId,
      customerName: order.customerName,
      qty: promotion.qty,
      complete: promotion.complete,
      order,
    });
  }
  for (const sessionId of changes.waitlistSessions) events.emit('waitlistChanged', { sessionId });
  for (const { id, change } of changes.reviews) {
    const entry = readers.reviews.get(id);
    if (entry) events.emit('reviewQueueChanged', { change, entry });
  }
  if (changes.stock.size > 0) {
    const products = [...changes.stock].flatMap((id) => {
      const product = readers.stock.get(id);
      return product ? [{ id: product.id, code: product.code, stock: product.stock }] : [];
    });
    events.emit('stockChanged', { products });
  }
}
