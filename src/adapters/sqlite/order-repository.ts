// Orders, their items and status history. Callers run these inside one
// transaction per change; stock and waitlist live beside (stock-repository,
// waitlist-repository).
import type { Database, Statement } from 'better-sqlite3';
import { formatOrderCode } from '../../core/orders/order-code';
import { orderTotal } from '../../core/orders/order-total';
import type { OrderLine, OrderStatus, OrderSummary } from '../../core/orders/order-summary';

export interface HeldLine {
  productId: number;
  qty: number;
  unitPrice: number;
}

interface OrderRow {
  id: number;
  code: string;
  session_id: number | null;
  customer_id: number;
  customer_name: string;
  customer_phone: string | null;
  status: OrderStatus;
  source: 'chat' | 'manual';
  platform: string | null;
  created_at: string;
  updated_at: string;
}

interface LineRow {
  order_id: number;
  code: string;
  name: string;
  qty: number;
  unit_price: number;
}

const SELECT_ORDERS = `SELECT o.id, o.code, o.session_id, o.customer_id, c.display_name AS customer_name, c.phone AS customer_phone,
    o.status, o.source, o.platform, o.created_at, o.updated_at
  FROM orders o JOIN customers c ON c.id = o.customer_id`;

export interface OrderListFilter {
  sessionId?: number;
  status?: OrderStatus;
  customerId?: number;
  limit?: number;
}

export class OrderRepository {
  private readonly openOf: Statement<[number, number], { id: number; code: string }>;
  private readonly nextId: Statement<[], { next: number }>;
  private readonly insertOrder: Statement<[number, string, number, number, string, string | null, string, string]>;
  private readonly insertStatus: Statement<[number, string | null, string, string]>;
  private readonly linesOf: Statement<[number], { product_id: number; qty: number; unit_price: number }>;
  private readonly upsertItem: Statement<[number, number, number, number, string]>;
  private readonly productLines: Statement<[number, number], { id: number; qty: number }>;
  private readonly setItemQty: Statement<[number, number]>;
  private readonly deleteItem: Statement<[number]>;
  private readonly touchOrder: Statement<[string, number]>;
  private readonly statusOf: Statement<[number], { status: OrderStatus }>;
  private readonly updateStatus: Statement<[string, string, number]>;
  private readonly orderRow: Statement<[number], OrderRow>;
  private readonly lineRows: Statement<[number], LineRow>;
  private readonly summaryRows: Statement<[string], OrderRow>;
  private readonly summaryLines: Statement<[string], LineRow & { id: number }>;

  constructor(private readonly db: Database) {
    // INDEXED BY: left alone, the planner may walk a whole session's orders newest-first to honour ORDER BY.
    this.openOf = db.prepare(
      `SELECT id, code FROM orders INDEXED BY orders_session_customer
       WHERE session_id = ? AND customer_id = ? AND status IN ('pending', 'confirmed') ORDER BY id DESC LIMIT 1`,
    );
    this.nextId = db.prepare('SELECT COALESCE(MAX(id), 0) + 1 AS next FROM orders');
    this.insertOrder = db.prepare(
      `INSERT INTO orders (id, code, session_id, customer_id, status, source, platform, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?)`,
    );
    this.insertStatus = db.prepare('INSERT INTO order_status_changes (order_id, from_status, to_status, changed_at) VALUES (?, ?, ?, ?)');
    this.linesOf = db.prepare('SELECT product_id, qty, unit_price FROM order_items WHERE order_id = ? ORDER BY id');
    // A line per product and price: more units at the same price join it, at another price (a flash
    // sale began or ended) they are a line of their own. The price is the one of the moment they were ordered.
    this.upsertItem = db.prepare(
      `INSERT INTO order_items (order_id, product_id, qty, unit_price, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (order_id, product_id, unit_price) DO UPDATE SET qty = qty + excluded.qty`,
    );
    this.productLines = db.prepare('SELECT id, qty FROM order_items WHERE order_id = ? AND product_id = ? ORDER BY id DESC');
    this.setItemQty = db.prepare('UPDATE order_items SET qty = ? WHERE id = ?');
    this.deleteItem = db.prepare('DELETE FROM order_items WHERE id = ?');
    this.touchOrder = db.prepare('UPDATE orders SET updated_at = ? WHERE id = ?');
    this.statusOf = db.prepare('SELECT status FROM orders WHERE id = ?');
    this.updateStatus = db.prepare('UPDATE orders SET status = ?, updated_at = ? WHERE id = ?');
    this.orderRow = db.prepare(`${SELECT_ORDERS} WHERE o.id = ?`);
    this.summaryRows = db.prepare(
      `SELECT o.id, o.code, o.session_id, o.customer_id, c.display_name AS customer_name, c.phone AS customer_phone,
         o.status, o.source, o.platform, o.created_at, o.updated_at
       FROM json_each(?) j CROSS JOIN orders o ON o.id = j.value JOIN customers c ON c.id = o.customer_id`,
    );
    this.summaryLines = db.prepare(
      `SELECT i.id, i.order_id, p.code, p.name, i.qty, i.unit_price
       FROM json_each(?) j CROSS JOIN order_items i ON i.order_id = j.value JOIN products p ON p.id = i.product_id ORDER BY i.id`,
    );
    this.lineRows = db.prepare(
      `SELECT i.order_id, p.code, p.name, i.qty, i.unit_price FROM order_items i JOIN products p ON p.id = i.product_id
       WHERE i.order_id = ? ORDER BY i.id`,
    );
  }

  /** The buyer's open order in this session (pending or confirmed), if any. */
  findOpen(sessionId: number, customerId: number): { id: number; code: string } | undefined {
    return this.openOf.get(sessionId, customerId);
  }

  /** The id the next new order will take (inside a write transaction, nobody else can take it first). */
  nextOrderId(): number {
    return this.nextId.get()!.next;
  }

  /**
   * A new empty order; its code follows the order book's sequence (DH0001, DH0002, ...).
   * `id` lets a transaction creating many orders read the sequence once (nextOrderId, then +1 each).
   */
  create(fields: { sessionId: number; customerId: number; source: 'chat' | 'manual'; platform: string | null }, now: string, id = this.nextOrderId()): { id: number; code: string } {
    const code = formatOrderCode(id);
    this.insertOrder.run(id, code, fields.sessionId, fields.customerId, fields.source, fields.platform, now, now);
    this.insertStatus.run(id, null, 'pending', now);
    return { id, code };
  }

  lines(orderId: number): HeldLine[] {
    return this.linesOf.all(orderId).map((row) => ({ productId: row.product_id, qty: row.qty, unitPrice: row.unit_price }));
  }

  /** Adds units at `unitPrice`, to the line at that price (the caller touches the order's updated_at, once per transaction, with `touch`). */
  addItem(orderId: number, productId: number, qty: number, unitPrice: number, now: string): void {
    this.upsertItem.run(orderId, productId, qty, unitPrice, now);
  }

  /**
   * Takes `qty` units of a product out of the order, from the line opened last first (as the
   * seller's editor does, see resizeLines); a line goes when none are left.
   */
  removeItem(orderId: number, productId: number, qty: number): void {
    let left = qty;
    for (const line of this.productLines.all(orderId, productId)) {
      if (left <= 0) break;
      if (line.qty <= left) this.deleteItem.run(line.id);
      else this.setItemQty.run(line.qty - left, line.id);
      left -= line.qty;
    }
  }

  touch(orderId: number, now: string): void {
    this.touchOrder.run(now, orderId);
  }

  status(orderId: number): OrderStatus | undefined {
    return this.statusOf.get(orderId)?.status;
  }

  setStatus(orderId: number, to: OrderStatus, now: string): OrderStatus | undefined {
    const from = this.status(orderId);
    if (from === undefined || from === to) return from;
    this.updateStatus.run(to, now, orderId);
    this.insertStatus.run(orderId, from, to, now);
    return from;
  }

  summary(orderId: number): OrderSummary | undefined {
    const row = this.orderRow.get(orderId);
    if (!row) return undefined;
    return toSummary(row, this.lineRows.all(orderId));
  }

  /**
   * Summaries of these orders, in id order: two queries however many. CROSS JOIN makes SQLite
   * start from the ids given: left to itself it may walk every order to keep ORDER BY cheap.
   */
  summaries(ids: readonly number[]): OrderSummary[] {
    if (ids.length === 0) return [];
    const list = JSON.stringify(ids);
    const rows = this.summaryRows.all(list);
    const lines = this.summaryLines.all(list);
    const byOrder = new Map<number, LineRow[]>();
    for (const line of lines) {
      const found = byOrder.get(line.order_id);
      if (found) found.push(line);
      else byOrder.set(line.order_id, [line]);
    }
    return rows.sort((a, b) => a.id - b.id).map((row) => toSummary(row, byOrder.get(row.id) ?? []));
  }

  list(filter: OrderListFilter = {}): OrderSummary[] {
    const where: string[] = [];
    const params: (number | string)[] = [];
    if (filter.sessionId !== undefined) {
      where.push('o.session_id = ?');
      params.push(filter.sessionId);
    }
    if (filter.status !== undefined) {
      where.push('o.status = ?');
      params.push(filter.status);
    }
    if (filter.customerId !== undefined) {
      where.push('o.customer_id = ?');
      params.push(filter.customerId);
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const rows = this.db.prepare(`${SELECT_ORDERS} ${clause} ORDER BY o.id LIMIT ?`).all(...params, filter.limit ?? 10_000) as OrderRow[];
    if (rows.length === 0) return [];
    const lines = this.db
      .prepare(
        `SELECT i.order_id, p.code, p.name, i.qty, i.unit_price FROM order_items i JOIN products p ON p.id = i.product_id
         JOIN orders o ON o.id = i.order_id ${clause} ORDER BY i.id`,
      )
      .all(...params) as LineRow[];
    const byOrder = new Map<number, LineRow[]>();
    for (const line of lines) {
      const list = byOrder.get(line.order_id);
      if (list) list.push(line);
      else byOrder.set(line.order_id, [line]);
    }
    return rows.map((row) => toSummary(row, byOrder.get(row.id) ?? []));
  }
}

function toSummary(row: OrderRow, lineRows: LineRow[]): OrderSummary {
  const items: OrderLine[] = lineRows.map((line) => ({ code: line.code, name: line.name, qty: line.qty, unitPrice: line.unit_price }));
  return {
    id: row.id,
    code: row.code,
    sessionId: row.session_id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    status: row.status,
    source: row.source,
    platform: row.platform,
    items,
    total: orderTotal(items),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
