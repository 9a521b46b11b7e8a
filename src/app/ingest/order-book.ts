// The order book's rules over SQLite: one open order per buyer per session,
// stock reserved first come first served, a waitlist for what ran out, freed
// stock passed down the line, and the review queue's fixes. The decisions are
// core's (src/core/orders); this applies them. Methods taking a UnitOfWork run
// inside the caller's transaction; the others open their own and announce
// what changed once it committed.
import type { Database } from 'better-sqlite3';
import { allocate, planCancel, planPromotion } from '../../core/orders/stock-rules';
import type { OrderSummary } from '../../core/orders/order-summary';
import { byProduct, unitsBy } from '../../core/orders/units-by';
import { productOfUnnamedCancel } from '../../core/orders/unnamed-cancel';
import type { CustomerRepository } from '../../adapters/sqlite/customer-repository';
import type { OrderRepository } from '../../adapters/sqlite/order-repository';
import type { ReviewEntry, ReviewRepository } from '../../adapters/sqlite/review-repository';
import type { StockRepository, StockedProduct } from '../../adapters/sqlite/stock-repository';
import type { WaitlistRepository } from '../../adapters/sqlite/waitlist-repository';
import type { ChatLogRepository } from '../../adapters/sqlite/chat-log-repository';
import type { EventBus } from '../event-bus';
import { AppError, notFound } from '../errors';
import { announce, type ChangeSet } from './change-set';
import { UnitOfWork } from './unit-of-work';
import { WriteClock } from './write-clock';

export interface OrderBookRepositories {
  orders: OrderRepository;
  stock: StockRepository;
  waitlist: WaitlistRepository;
  customers: CustomerRepository;
  reviews: ReviewRepository;
  chatLog: ChatLogRepository;
}

export interface ProductRequest {
  product: StockedProduct;
  qty: number;
}

export interface AddResult {
  order: { id: number; code: string } | undefined;
  reserved: { productId: number; qty: number }[];
  waitlisted: { productId: number; code: string; qty: number }[];
}

export interface PlacedOrder {
  order: OrderSummary | null;
  waitlisted: { code: string; qty: number }[];
}

const cancellable = new Set(['pending', 'confirmed', 'paid', 'packed']);

/** The price a product is sold at right now (a flash sale's deal price, or the catalog's). */
export interface UnitPricing {
  unitPrice(product: StockedProduct, now: string): number;
}

const catalogPrice: UnitPricing = { unitPrice: (product) => product.price };

export class OrderBook {
  constructor(
    private readonly db: Database,
    readonly repos: OrderBookRepositories,
    private readonly events: EventBus,
    now: () => Date,
    private readonly pricing: UnitPricing = catalogPrice,
  ) {
    this.clock = new WriteClock(now);
  }

  /** Stamps every write transaction on the book, the ingest's too. */
  readonly clock: WriteClock;

  /** Runs `work` in one write transaction, then announces what it changed. */
  transact<T>(work: (uow: UnitOfWork) => T): T {
    const uow = new UnitOfWork(this.repos, this.clock.stamp());
    const result = this.db
      .transaction(() => {
        const value = work(uow);
        uow.finish();
        return value;
      })
      .immediate();
    this.announce(uow.changes);
    return result;
  }

  announce(changes: ChangeSet): void {
    announce(this.events, this.repos, changes);
  }

  // ---- rules, inside the caller's transaction ----

  /** Adds products to the buyer's open order (creating it), reserving stock; what stock cannot cover waits in line. */
  add(
    uow: UnitOfWork,
    request: {
      sessionId: number;
      customerId: number;
      items: readonly ProductRequest[];
      chatMessageId: number | null;
      source: 'chat' | 'manual';
      platform: string | null;
      reason?: 'ordered' | 'review-resolved' | 'manual';
    },
  ): AddResult {
    const { now, changes } = uow;
    const products = new Map(request.items.map((item) => [item.product.id, item.product]));
    const { reserved, waitlisted } = allocate(
      request.items.map((item) => ({ productId: item.product.id, qty: item.qty })),
      (productId) => uow.available(productId),
    );
    const { orders, waitlist } = this.repos;
    let order: { id: number; code: string } | undefined;
    if (reserved.length > 0) {
      order = uow.openOrCreate({ sessionId: request.sessionId, customerId: request.customerId, source: request.source, platform: request.platform });
      for (const { productId, qty } of reserved) {
        orders.addItem(order.id, productId, qty, this.pricing.unitPrice(products.get(productId)!, now), now);
        uow.moveStock(productId, -qty, 'reserve', { orderId: order.id, chatMessageId: request.chatMessageId });
      }
      uow.touch(order.id);
      changes.order(order.id, request.reason ?? 'ordered');
    }
    for (const { productId, qty } of waitlisted) {
      waitlist.add({ sessionId: request.sessionId, productId, customerId: request.customerId, qty, chatMessageId: request.chatMessageId }, now);
      changes.waitlistSessions.add(request.sessionId);
    }
    return {
      order: reserved.length > 0 ? order : undefined,
      reserved,
      waitlisted: waitlisted.map(({ productId, qty }) => ({ productId, code: products.get(productId)!.code, qty })),
    };
  }

  /**
   * `đổi trà xanh sang trà sen`: the new items go into the buyer's order, then `out` comes off it
   * (qty null: all of it), so the order stays the same one. With `sameCount`, the one new item
   * takes as many units as the buyer held of what goes out.
   */
  swap(uow: UnitOfWork, request: Parameters<OrderBook['add']>[1], out: { productId: number; qty: number | null }[], sameCount: boolean): AddResult {
    let items = request.items;
    if (sameCount && items.length === 1) {
      const held = unitsBy(this.holdings(uow, request.sessionId, request.customerId), byProduct);
      const units = out.reduce((sum, { productId, qty }) => sum + Math.min(held.get(productId) ?? 0, qty ?? Number.POSITIVE_INFINITY), 0);
      if (units > 0) items = [{ ...items[0]!, qty: units }];
    }
    const added = this.add(uow, { ...request, items });
    this.cancel(uow, { sessionId: request.sessionId, customerId: request.customerId, items: out });
    return added;
  }

  /**
   * Takes back what a buyer cancels in this session: `items` null is their
   * whole open order and everything they wait for; otherwise those products
   * (qty null = all of it). Freed stock goes to the next in line.
   */
  cancel(
    uow: UnitOfWork,
    request: { sessionId: number; customerId: number; items: { productId: number; qty: number | null }[] | null },
  ): { orderId: number | null; orderCode: string | null; changed: boolean } {
    const { now, changes } = uow;
    const { orders, waitlist } = this.repos;
    const order = uow.openOrder(request.sessionId, request.customerId);
    const held = order ? orders.lines(order.id) : [];
    const waiting = waitlist.ofCustomer(request.customerId, request.sessionId);
    if (held.length === 0 && waiting.length === 0 && !order) return { orderId: null, orderCode: null, changed: false };
    const plan = planCancel(held, waiting, request.items);
    let changed = false;
    for (const entry of plan.waitlist) {
      const before = waiting.find((line) => line.waitlistId === entry.waitlistId);
      if (!before || before.qty === entry.remaining) continue;
      waitlist.settle(entry.waitlistId, entry.remaining, 'cancelled', now);
      changes.waitlistSessions.add(request.sessionId);
      changed = true;
    }
    if (order) {
      for (const { productId, qty } of plan.release) {
        orders.removeItem(order.id, productId, qty);
        uow.moveStock(productId, qty, 'release', { orderId: order.id, chatMessageId: null });
        uow.touch(order.id);
        changed = true;
      }
      if (plan.orderEmptied && (changed || request.items === null)) {
        orders.setStatus(order.id, 'cancelled', now);
        uow.closed(request.sessionId, request.customerId);
        changes.order(order.id, 'cancelled');
        changed = true;
      } else if (plan.release.length > 0) {
        changes.order(order.id, 'items-removed');
      }
    }
    this.promote(
      uow,
      plan.release.map((line) => line.productId),
    );
    return { orderId: order?.id ?? null, orderCode: order?.code ?? null, changed };
  }

  /**
   * `bớt 1 chai`: takes `qty` units off the product the buyer means though they name none
   * (core/orders/unnamed-cancel.ts). `unclear` when they hold several it could be: the seller picks.
   */
  cancelUnits(
    uow: UnitOfWork,
    request: { sessionId: number; customerId: number; qty: number; unit: string | null; showcaseProductId: number | null },
  ): ({ orderId: number | null; orderCode: string | null; changed: boolean; productId: number | null }) | 'unclear' {
    const order = uow.openOrder(request.sessionId, request.customerId);
    const held = this.holdings(uow, request.sessionId, request.customerId).flatMap(({ productId }) => {
      const product = uow.product(productId);
      return product ? [{ productId, unit: product.unit }] : [];
    });
    if (held.length === 0) return { orderId: order?.id ?? null, orderCode: order?.code ?? null, changed: false, productId: null };
    const productId = productOfUnnamedCancel(held, request.unit, request.showcaseProductId);
    if (productId === null) return 'unclear';
    const result = this.cancel(uow, { sessionId: request.sessionId, customerId: request.customerId, items: [{ productId, qty: request.qty }] });
    return { ...result, productId };
  }

  /** What a buyer has in this session: the lines of their open order, then what they wait for. */
  private holdings(uow: UnitOfWork, sessionId: number, customerId: number): { productId: number; qty: number }[] {
    const order = uow.openOrder(sessionId, customerId);
    return [...(order ? this.repos.orders.lines(order.id) : []), ...this.repos.waitlist.ofCustomer(customerId, sessionId)];
  }

  /** Passes whatever stock these products have to the buyers waiting for them, in comment order. */
  promote(uow: UnitOfWork, productIds: Iterable<number>): void {
    const { now, changes } = uow;
    const { orders, waitlist } = this.repos;
    for (const productId of new Set(productIds)) {
      const product = uow.product(productId);
      if (!product || product.stock <= 0) continue;
      // Every fill takes at least one unit: the first `stock` buyers in line are all that can be served.
      const queue = waitlist.queue(productId, product.stock);
      if (queue.length === 0) continue;
      const { fills } = planPromotion(product.stock, queue);
      for (const fill of fills) {
        const line = queue.find((entry) => entry.waitlistId === fill.waitlistId)!;
        const sessionId = line.sessionId!;
        const order = uow.openOrCreate({ sessionId, customerId: line.customerId, source: 'chat', platform: null });
        // The price is today's: the buyer's order is made now.
        orders.addItem(order.id, productId, fill.qty, this.pricing.unitPrice(product, now), now);
        uow.moveStock(productId, -fill.qty, 'reserve', { orderId: order.id, chatMessageId: line.chatMessageId });
        uow.touch(order.id);
        waitlist.settle(fill.waitlistId, line.qty - fill.qty, 'fulfilled', now);
        changes.order(order.id, 'waitlist-promoted');
        changes.waitlistSessions.add(sessionId);
        changes.promotions.push({ waitlistId: fill.waitlistId, sessionId, productId, customerId: line.customerId, qty: fill.qty, complete: fill.complete, orderId: order.id });
      }
    }
  }

  // ---- seller actions, each its own transaction ----

  /** An order taken by phone or inbox: found by phone (or created), added to their open order in the session. */
  placeManual(request: {
    sessionId: number;
    customerId?: number;
    customerName: string;
    phone: string | null;
    address: string;
    items: { productId: number; qty: number }[];
  }): PlacedOrder {
    return this.transact((uow) => {
      const { now } = uow;
      const { customers } = this.repos;
      let customerId = request.customerId;
      if (customerId !== undefined && !customers.get(customerId)) throw notFound('khách hàng', 'Customer');
      customerId ??= (request.phone ? customers.findByPhone(request.phone)?.id : undefined) ?? customers.create(
        { displayName: request.customerName, phone: request.phone, address: request.address },
        now,
      ).id;
      if (request.phone) customers.savePhone(customerId, request.phone, now);
      if (request.address) customers.saveAddress(customerId, request.address, now);
      const result = this.add(uow, {
        sessionId: request.sessionId,
        customerId,
        items: this.products(uow, request.items),
        chatMessageId: null,
        source: 'manual',
        platform: 'manual',
        reason: 'manual',
      });
      return this.placed(result);
    });
  }

  /** The seller cancels a whole order: its stock goes back and on to whoever waits. */
  cancelOrder(orderId: number): OrderSummary {
    this.transact((uow) => {
      const { orders } = this.repos;
      const status = orders.status(orderId);
      if (status === undefined) throw notFound('đơn hàng', 'Order');
      if (!cancellable.has(status)) {
        throw new AppError(
          'ORDER_NOT_CANCELLABLE',
          `Đơn đang ở trạng thái "${status}", không huỷ được.`,
          `The order is ${status} and cannot be cancelled.`,
          409,
        );
      }
      this.promote(uow, this.takeBack(uow, orderId).productIds);
    });
    return this.repos.orders.summary(orderId)!;
  }

  /**
   * Takes back everything a practice session holds (a rehearsal's orders
   * and waits), whatever the orders' status. Its waits are cancelled first,
   * so the units its orders free go back on the shelf, or to real buyers
   * already waiting, and never to the session's own line.
   */
  cancelSession(sessionId: number): { orders: number; waits: number; units: number } {
    return this.transact((uow) => {
      const { waitlist } = this.repos;
      const waiting = waitlist.list({ sessionId, status: 'waiting' });
      for (const entry of waiting) waitlist.settle(entry.id, 0, 'cancelled', uow.now);
      if (waiting.length > 0) uow.changes.waitlistSessions.add(sessionId);
      const ids = this.db.prepare(`SELECT id FROM orders WHERE session_id = ? AND status <> 'cancelled' ORDER BY id`).pluck().all(sessionId) as number[];
      const freed: number[] = [];
      let units = 0;
      for (const orderId of ids) {
        const taken = this.takeBack(uow, orderId);
        freed.push(...taken.productIds);
        units += taken.units;
      }
      this.promote(uow, freed);
      return { orders: ids.length, waits: waiting.length, units };
    });
  }

  /** Empties an order back into stock (ledger rows say why) and marks it cancelled; the caller passes the freed products on. */
  private takeBack(uow: UnitOfWork, orderId: number): { productIds: number[]; units: number } {
    const { orders } = this.repos;
    const held = orders.lines(orderId);
    for (const line of held) {
      orders.removeItem(orderId, line.productId, line.qty);
      uow.moveStock(line.productId, line.qty, 'release', { orderId, chatMessageId: null });
    }
    orders.setStatus(orderId, 'cancelled', uow.now);
    uow.changes.order(orderId, 'cancelled');
    return { productIds: held.map((line) => line.productId), units: held.reduce((sum, line) => sum + line.qty, 0) };
  }

  /** The seller settles a review entry: the comment becomes a normal order of its buyer (a cancel: those units come off it). */
  resolveReview(reviewId: number, items: { productId: number; qty: number }[]): PlacedOrder {
    const result = this.transact((uow) => {
      const entry = this.openReview(reviewId);
      if (entry.customerId === null || entry.sessionId === null) {
        throw new AppError('REVIEW_INCOMPLETE', 'Bình luận này chưa gắn với khách hàng.', 'This comment has no buyer attached.', 409);
      }
      const products = this.products(uow, items);
      if (entry.reason === 'cancel') return this.settleCancel(uow, entry, { sessionId: entry.sessionId, customerId: entry.customerId }, products);
      const setting = entry.reason === 'set-quantity';
      const requests = setting ? this.setTotals(uow, entry.sessionId, entry.customerId, products, entry.chatMessageId) : products;
      let added = this.add(uow, {
        sessionId: entry.sessionId,
        customerId: entry.customerId,
        items: requests,
        chatMessageId: entry.chatMessageId,
        source: 'chat',
        platform: entry.platform,
        reason: 'review-resolved',
      });
      // Only fewer units: nothing was added, and the order is the one the buyer already had.
      if (setting && added.order === undefined && added.waitlisted.length === 0) added = { ...added, order: uow.openOrder(entry.sessionId, entry.customerId) };
      const orderId = added.order?.id ?? null;
      this.repos.reviews.resolve(reviewId, orderId, uow.now);
      const codes = products.map(({ product, qty }) => ({ code: product.code, qty }));
      this.repos.chatLog.settle(entry.chatMessageId, added.order ? 'ordered' : 'waitlisted', orderId, codes);
      uow.changes.reviews.push({ id: reviewId, change: 'resolved' });
      return added;
    });
    return this.placed(result);
  }

  /** A cancel the seller made sense of: the units they picked come off the buyer's order (and anything waiting). */
  private settleCancel(uow: UnitOfWork, entry: ReviewEntry, buyer: { sessionId: number; customerId: number }, products: ProductRequest[]): AddResult {
    const items = products.map(({ product, qty }) => ({ productId: product.id, qty }));
    const result = this.cancel(uow, { ...buyer, items });
    const codes = products.map(({ product, qty }) => ({ code: product.code, qty }));
    this.repos.reviews.resolve(entry.id, result.orderId, uow.now);
    this.repos.chatLog.settle(entry.chatMessageId, result.changed ? 'cancelled' : 'nothing-to-cancel', result.orderId, codes);
    uow.changes.reviews.push({ id: entry.id, change: 'resolved' });
    return { order: result.orderId === null || result.orderCode === null ? undefined : { id: result.orderId, code: result.orderCode }, reserved: [], waitlisted: [] };
  }

  dismissReview(reviewId: number): ReviewEntry {
    this.transact((uow) => {
      this.openReview(reviewId);
      this.repos.reviews.dismiss(reviewId, uow.now);
      uow.changes.reviews.push({ id: reviewId, change: 'dismissed' });
    });
    return this.repos.reviews.get(reviewId)!;
  }

  /** Undoes a dismissal. */
  reopenReview(reviewId: number): ReviewEntry {
    this.transact((uow) => {
      const entry = this.repos.reviews.get(reviewId);
      if (!entry) throw notFound('mục cần xem lại', 'Review entry');
      if (entry.status !== 'dismissed') {
        throw new AppError('REVIEW_NOT_DISMISSED', 'Chỉ mở lại được mục đã bỏ qua.', 'Only a dismissed entry can be reopened.', 409);
      }
      this.repos.reviews.reopen(reviewId);
      uow.changes.reviews.push({ id: reviewId, change: 'reopened' });
    });
    return this.repos.reviews.get(reviewId)!;
  }

  /**
   * `giảm còn 1 chai`, settled: each product's units in the buyer's open order become the total asked
   * for. Units over it go back (newest line first) and on to whoever waits; what is still missing is
   * returned, for `add` to reserve at today's price.
   */
  private setTotals(uow: UnitOfWork, sessionId: number, customerId: number, wanted: readonly ProductRequest[], chatMessageId: number): ProductRequest[] {
    const { orders } = this.repos;
    const order = uow.openOrder(sessionId, customerId);
    const held = unitsBy(order ? orders.lines(order.id) : [], byProduct);
    const missing: ProductRequest[] = [];
    const released: number[] = [];
    for (const { product, qty } of wanted) {
      const have = held.get(product.id) ?? 0;
      if (qty > have) missing.push({ product, qty: qty - have });
      else if (qty < have && order) {
        orders.removeItem(order.id, product.id, have - qty);
        uow.moveStock(product.id, have - qty, 'release', { orderId: order.id, chatMessageId });
        uow.touch(order.id);
        uow.changes.order(order.id, 'items-removed');
        released.push(product.id);
      }
    }
    this.promote(uow, released);
    return missing;
  }

  private openReview(reviewId: number): ReviewEntry {
    const entry = this.repos.reviews.get(reviewId);
    if (!entry) throw notFound('mục cần xem lại', 'Review entry');
    if (entry.status !== 'open') {
      throw new AppError('REVIEW_CLOSED', 'Mục này đã được xử lý rồi.', 'This entry was already settled.', 409);
    }
    return entry;
  }

  /** The seller's choice of products; a deleted one is refused. */
  private products(uow: UnitOfWork, items: { productId: number; qty: number }[]): ProductRequest[] {
    return items.map(({ productId, qty }) => {
      const product = uow.product(productId);
      if (!product || uow.productByCode(product.code)?.id !== productId) throw notFound(`sản phẩm #${productId}`, `Product #${productId}`);
      return { product, qty };
    });
  }

  private placed(result: AddResult): PlacedOrder {
    return {
      order: result.order ? this.repos.orders.summary(result.order.id)! : null,
      waitlisted: result.waitlisted.map(({ code, qty }) => ({ code, qty })),
    };
  }
}
