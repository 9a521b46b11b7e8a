// One write transaction's working set. A busy batch touches the same few
// products and orders again and again; the unit of work reads each once,
// keeps stock counts in memory while the rules run, and writes the sums,
// ledger rows, order touches and comment outcomes together at the end, many
// rows per statement. It lives inside the transaction: if the transaction
// rolls back, so does everything it wrote, and the object is dropped.
import type { CommentOutcome } from '../../core/orders/comment-outcome';
import type { LedgerEntry, StockReason, StockedProduct } from '../../adapters/sqlite/stock-repository';
import type { OrderBookRepositories } from './order-book';
import { ChangeSet } from './change-set';

interface StockState {
  product: StockedProduct;
  /** Units moved by this transaction, written at the end. */
  delta: number;
}

export class UnitOfWork {
  readonly changes = new ChangeSet();
  private readonly stock = new Map<number, StockState>();
  private readonly byCode = new Map<string, number | null>();
  private readonly ledger: LedgerEntry[] = [];
  /** Orders to stamp with updated_at, and the time to stamp. */
  private readonly touched = new Map<number, string>();
  /** Orders this transaction created, with the time they were stamped at creation (no touch needed at that time). */
  private readonly created = new Map<number, string>();
  /** Each buyer's open order in a session, looked up once per transaction (key: session:customer). */
  private readonly open = new Map<string, { id: number; code: string } | null>();
  private nextOrderId: number | undefined;
  private readonly outcomes: [number, CommentOutcome][] = [];
  private finished = false;
  private clock: string;

  constructor(
    readonly repos: OrderBookRepositories,
    private readonly batchNow: string,
  ) {
    this.clock = batchNow;
  }

  /** The time this transaction writes: the batch's, or the comment's own while a replayed comment is worked (setClock). */
  get now(): string {
    return this.clock;
  }

  /**
   * Writes what follows at `at` (a replayed comment's own time, so its order,
   * status change and ledger rows line up with the transcript's showcase);
   * undefined: back to the batch's time.
   */
  setClock(at: string | undefined): void {
    this.clock = at ?? this.batchNow;
  }

  /** A live product by code, with the stock this transaction has left of it. */
  productByCode(code: string): StockedProduct | undefined {
    let id = this.byCode.get(code);
    if (id === undefined) {
      const found = this.repos.stock.findByCode(code);
      id = found ? this.remember(found).product.id : null;
      this.byCode.set(code, id);
    }
    return id === null ? undefined : this.stock.get(id)!.product;
  }

  /** A product by id (deleted ones too: their reserved units can still come back). */
  product(productId: number): StockedProduct | undefined {
    const known = this.stock.get(productId);
    if (known) return known.product;
    const found = this.repos.stock.get(productId);
    return found && this.remember(found).product;
  }

  available(productId: number): number {
    return this.product(productId)?.stock ?? 0;
  }

  /** Moves stock (negative: reserved into an order) and notes why for the ledger. */
  moveStock(productId: number, delta: number, reason: StockReason, refs: { orderId: number | null; chatMessageId: number | null }): void {
    if (delta === 0) return;
    const state = this.stock.get(productId) ?? this.remember(this.repos.stock.get(productId)!);
    state.product.stock += delta;
    state.delta += delta;
    this.ledger.push({ productId, delta, reason, orderId: refs.orderId, chatMessageId: refs.chatMessageId, at: this.clock });
    this.changes.stock.add(productId);
  }

  /** The order's updated_at moves to now (the latest time it was touched at), once per transaction. */
  touch(orderId: number): void {
    if (this.created.get(orderId) === this.clock) return;
    const before = this.touched.get(orderId);
    if (before === undefined || before < this.clock) this.touched.set(orderId, this.clock);
  }

  /** The buyer's open order in the session, if any. */
  openOrder(sessionId: number, customerId: number): { id: number; code: string } | undefined {
    const key = `${sessionId}:${customerId}`;
    let order = this.open.get(key);
    if (order === undefined) {
      order = this.repos.orders.findOpen(sessionId, customerId) ?? null;
      this.open.set(key, order);
    }
    return order ?? undefined;
  }

  /** The buyer's open order, created when there is none. */
  openOrCreate(fields: { sessionId: number; customerId: number; source: 'chat' | 'manual'; platform: string | null }): { id: number; code: string } {
    const existing = this.openOrder(fields.sessionId, fields.customerId);
    if (existing) return existing;
    this.nextOrderId ??= this.repos.orders.nextOrderId();
    const order = this.repos.orders.create(fields, this.now, this.nextOrderId);
    this.nextOrderId += 1;
    this.created.set(order.id, this.now);
    this.open.set(`${fields.sessionId}:${fields.customerId}`, order);
    return order;
  }

  /** The order is no longer open (cancelled): the buyer's next order starts a new one. */
  closed(sessionId: number, customerId: number): void {
    this.open.set(`${sessionId}:${customerId}`, null);
  }

  outcome(chatMessageId: number, outcome: CommentOutcome): void {
    this.outcomes.push([chatMessageId, outcome]);
  }

  /** Writes what was kept in memory. Call once, last thing inside the transaction. */
  finish(): void {
    if (this.finished) throw new Error('unit of work finished twice');
    this.finished = true;
    const { stock, orders, chatLog } = this.repos;
    for (const [productId, state] of this.stock) stock.adjustBy(productId, state.delta);
    if (this.ledger.length > 0) stock.record(this.ledger, this.batchNow);
    for (const [orderId, at] of this.touched) orders.touch(orderId, at);
    if (this.outcomes.length > 0) chatLog.recordOutcomes(this.outcomes);
  }

  private remember(product: StockedProduct): StockState {
    const state = { product: { ...product }, delta: 0 };
    this.stock.set(product.id, state);
    return state;
  }
}
