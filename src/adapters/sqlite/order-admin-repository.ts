// What the Orders screen reads and writes beyond the live order book: the
// filtered list, lines as stored (for exact undo), notes, payments, payment
// reviews, customer merges and the undo journal. Callers run the writes
// inside one transaction per change (the order book's unit of work).
import type { Database, Statement } from 'better-sqlite3';
import { ORDER_PAID_SQL, ORDER_TOTAL_SQL, REHEARSAL_SESSIONS_SQL, notRehearsalSql, orderWhere, registerFold, type OrderFilterFields } from './order-filter-sql';
import type { SavedLine } from '../../core/order-admin/undo-steps';
import type { OrderStatus } from '../../core/orders/order-summary';

export interface AdminOrderRow {
  id: number;
  code: string;
  sessionId: number | null;
  sessionName: string | null;
  customerId: number;
  customerName: string;
  phone: string | null;
  address: string;
  status: OrderStatus;
  source: string;
  platform: string | null;
  note: string;
  items: { productId: number; code: string; name: string; qty: number; unitPrice: number }[];
  total: number;
  paid: number;
  due: number;
  createdAt: string;
  updatedAt: string;
}

interface OrderRowDb {
  id: number;
  code: string;
  session_id: number | null;
  session_name: string | null;
  customer_id: number;
  customer_name: string;
  phone: string | null;
  address: string;
  status: OrderStatus;
  source: string;
  platform: string | null;
  note: string;
  total: number;
  paid: number;
  created_at: string;
  updated_at: string;
}

const SELECT_ORDERS = `SELECT o.id, o.code, o.session_id, s.name AS session_name, o.customer_id, c.display_name AS customer_name,
    c.phone, c.address, o.status, o.source, o.platform, o.note, ${ORDER_TOTAL_SQL} AS total, ${ORDER_PAID_SQL} AS paid,
    o.created_at, o.updated_at
  FROM orders o JOIN customers c ON c.id = o.customer_id LEFT JOIN stream_sessions s ON s.id = o.session_id`;

export interface PaymentRow {
  id: number;
  orderId: number | null;
  amount: number;
  method: 'vietqr' | 'transfer' | 'cash' | 'cod';
  reference: string;
  memo: string;
  paidAt: string;
}

export interface PaymentReviewRow {
  paymentId: number;
  amount: number;
  memo: string;
  reference: string;
  paidAt: string;
  reason: string;
  codes: string[];
  orderIds: number[];
  expected: number | null;
  line: number;
  status: 'open' | 'accepted' | 'dismissed';
  orderId: number | null;
}

export interface JournalRow {
  id: number;
  action: string;
  label: string;
  labelEn: string;
  orderIds: number[];
  reverse: string;
  expect: string;
  at: string;
  undoneAt: string | null;
}

export interface CustomerAdminRow {
  id: number;
  name: string;
  phone: string | null;
  address: string;
  notes: string;
  mergedInto: number | null;
  updatedAt: string;
  identities: { platform: string; userId: string; displayName: string }[];
  orders: number;
  spent: number;
}

export class OrderAdminRepository {
  private readonly linesOf: Statement<[number], { product_id: number; qty: number; unit_price: number; created_at: string }>;
  private readonly insertLine: Statement<[number, number, number, number, string]>;
  private readonly deleteLines: Statement<[number]>;
  private readonly updateNote: Statement<[string, string, number]>;
  private readonly updatedAtOf: Statement<[number], { updated_at: string }>;
  private readonly insertPayment: Statement<{ orderId: number | null; amount: number; method: string; reference: string; memo: string; paidAt: string; createdAt: string; key: string | null }>;

  constructor(private readonly db: Database) {
    registerFold(db);
    this.linesOf = db.prepare('SELECT product_id, qty, unit_price, created_at FROM order_items WHERE order_id = ? ORDER BY id');
    this.insertLine = db.prepare('INSERT INTO order_items (order_id, product_id, qty, unit_price, created_at) VALUES (?, ?, ?, ?, ?)');
    this.deleteLines = db.prepare('DELETE FROM order_items WHERE order_id = ?');
    this.updateNote = db.prepare('UPDATE orders SET note = ?, updated_at = ? WHERE id = ?');
    this.updatedAtOf = db.prepare('SELECT updated_at FROM orders WHERE id = ?');
    this.insertPayment = db.prepare(
      `INSERT INTO payments (order_id, amount, method, reference, memo, paid_at, created_at, transfer_key)
       VALUES (@orderId, @amount, @method, @reference, @memo, @paidAt, @createdAt, @key)`,
    );
  }

  // ---- reading orders ----

  search(filter: OrderFilterFields, limit: number, offset: number): { total: number; orders: AdminOrderRow[] } {
    const where = orderWhere(filter);
    const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM orders o JOIN customers c ON c.id = o.customer_id ${where.sql}`).get(where.params) as { n: number }).n;
    const rows = this.db
      .prepare(`${SELECT_ORDERS} ${where.sql} ORDER BY o.id DESC LIMIT @limit OFFSET @offset`)
      .all({ ...where.params, limit, offset }) as OrderRowDb[];
    return { total, orders: this.withItems(rows) };
  }

  byIds(ids: readonly number[]): AdminOrderRow[] {
    if (ids.length === 0) return [];
    const rows = this.db.prepare(`${SELECT_ORDERS} WHERE o.id IN (SELECT value FROM json_each(?)) ORDER BY o.id`).all(JSON.stringify(ids)) as OrderRowDb[];
    return this.withItems(rows);
  }

  get(id: number): AdminOrderRow | undefined {
    return this.byIds([id])[0];
  }

  /** Ids of every order matching the filter, oldest first (bulk actions, labels). */
  idsMatching(filter: OrderFilterFields, limit = 100_000): number[] {
    const where = orderWhere(filter);
    return (
      this.db.prepare(`SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id ${where.sql} ORDER BY o.id LIMIT @limit`).all({ ...where.params, limit }) as { id: number }[]
    ).map((row) => row.id);
  }

  history(orderId: number): { from: OrderStatus | null; to: OrderStatus; at: string }[] {
    return (
      this.db.prepare('SELECT from_status, to_status, changed_at FROM order_status_changes WHERE order_id = ? ORDER BY id').all(orderId) as {
        from_status: OrderStatus | null;
        to_status: OrderStatus;
        changed_at: string;
      }[]
    ).map((row) => ({ from: row.from_status, to: row.to_status, at: row.changed_at }));
  }

  private withItems(rows: OrderRowDb[]): AdminOrderRow[] {
    if (rows.length === 0) return [];
    const lines = this.db
      .prepare(
        `SELECT i.order_id, i.product_id, p.code, p.name, i.qty, i.unit_price FROM order_items i JOIN products p ON p.id = i.product_id
         WHERE i.order_id IN (SELECT value FROM json_each(?)) ORDER BY i.id`,
      )
      .all(JSON.stringify(rows.map((row) => row.id))) as { order_id: number; product_id: number; code: string; name: string; qty: number; unit_price: number }[];
    const byOrder = new Map<number, AdminOrderRow['items']>();
    for (const line of lines) {
      const list = byOrder.get(line.order_id) ?? [];
      list.push({ productId: line.product_id, code: line.code, name: line.name, qty: line.qty, unitPrice: line.unit_price });
      byOrder.set(line.order_id, list);
    }
    return rows.map((row) => ({
      id: row.id,
      code: row.code,
      sessionId: row.session_id,
      sessionName: row.session_name,
      customerId: row.customer_id,
      customerName: row.customer_name,
      phone: row.phone,
      address: row.address,
      status: row.status,
      source: row.source,
      platform: row.platform,
      note: row.note,
      items: byOrder.get(row.id) ?? [],
      total: row.total,
      paid: row.paid,
      due: row.status === 'cancelled' ? 0 : Math.max(0, row.total - row.paid),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }

  // ---- writing orders (inside the caller's transaction) ----

  lines(orderId: number): SavedLine[] {
    return this.linesOf.all(orderId).map((row) => ({ productId: row.product_id, qty: row.qty, unitPrice: row.unit_price, createdAt: row.created_at }));
  }

  /** Replaces the order's lines with exactly these (stock is the caller's). */
  replaceLines(orderId: number, lines: readonly SavedLine[]): void {
    this.deleteLines.run(orderId);
    for (const line of lines) this.insertLine.run(orderId, line.productId, line.qty, line.unitPrice, line.createdAt);
  }

  setNote(orderId: number, note: string, now: string): void {
    this.updateNote.run(note, now, orderId);
  }

  updatedAt(table: 'orders' | 'customers', id: number): string | undefined {
    if (table === 'orders') return this.updatedAtOf.get(id)?.updated_at;
    return (this.db.prepare('SELECT updated_at FROM customers WHERE id = ?').get(id) as { updated_at: string } | undefined)?.updated_at;
  }

  // ---- payments ----

  addPayment(payment: { orderId: number | null; amount: number; method: PaymentRow['method']; reference: string; memo: string; paidAt: string; key: string | null }, now: string): number {
    return Number(this.insertPayment.run({ ...payment, createdAt: now }).lastInsertRowid);
  }

  payments(orderId: number): PaymentRow[] {
    return (
      this.db.prepare('SELECT id, order_id, amount, method, reference, memo, paid_at FROM payments WHERE order_id = ? ORDER BY id').all(orderId) as {
        id: number;
        order_id: number | null;
        amount: number;
        method: PaymentRow['method'];
        reference: string;
        memo: string;
        paid_at: string;
      }[]
    ).map((row) => ({ id: row.id, orderId: row.order_id, amount: row.amount, method: row.method, reference: row.reference, memo: row.memo, paidAt: row.paid_at }));
  }

  deletePayments(paymentIds: readonly number[]): void {
    const ids = JSON.stringify(paymentIds);
    this.db.prepare('DELETE FROM payment_reviews WHERE payment_id IN (SELECT value FROM json_each(?))').run(ids);
    this.db.prepare('DELETE FROM payments WHERE id IN (SELECT value FROM json_each(?))').run(ids);
  }

  transferKnown(key: string): boolean {
    return this.db.prepare('SELECT 1 FROM payments WHERE transfer_key = ?').get(key) !== undefined;
  }

  /** An order as a bank transfer sees it: by its code, with what it cost and what was paid. */
  payableByCode(code: string): { id: number; code: string; status: OrderStatus; total: number; paid: number } | undefined {
    return this.db.prepare(`SELECT o.id, o.code, o.status, ${ORDER_TOTAL_SQL} AS total, ${ORDER_PAID_SQL} AS paid FROM orders o WHERE o.code = ?`).get(code) as
      | { id: number; code: string; status: OrderStatus; total: number; paid: number }
      | undefined;
  }

  addReview(review: { paymentId: number; reason: string; codes: string[]; orderIds: number[]; expected: number | null; line: number }, now: string): void {
    this.db
      .prepare(
        `INSERT INTO payment_reviews (payment_id, reason, codes, order_ids, expected, line, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(review.paymentId, review.reason, JSON.stringify(review.codes), JSON.stringify(review.orderIds), review.expected, review.line, now);
  }

  reviews(status: PaymentReviewRow['status'] | null, paymentId?: number): PaymentReviewRow[] {
    const rows = this.db
      .prepare(
        `SELECT r.payment_id, p.amount, p.memo, p.reference, p.paid_at, r.reason, r.codes, r.order_ids, r.expected, r.line, r.status, p.order_id
         FROM payment_reviews r JOIN payments p ON p.id = r.payment_id
         WHERE (@status IS NULL OR r.status = @status) AND (@paymentId IS NULL OR r.payment_id = @paymentId) ORDER BY r.payment_id`,
      )
      .all({ status, paymentId: paymentId ?? null }) as {
      payment_id: number;
      amount: number;
      memo: string;
      reference: string;
      paid_at: string;
      reason: string;
      codes: string;
      order_ids: string;
      expected: number | null;
      line: number;
      status: PaymentReviewRow['status'];
      order_id: number | null;
    }[];
    return rows.map((row) => ({
      paymentId: row.payment_id,
      amount: row.amount,
      memo: row.memo,
      reference: row.reference,
      paidAt: row.paid_at,
      reason: row.reason,
      codes: JSON.parse(row.codes) as string[],
      orderIds: JSON.parse(row.order_ids) as number[],
      expected: row.expected,
      line: row.line,
      status: row.status,
      orderId: row.order_id,
    }));
  }

  openReviews(): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM payment_reviews WHERE status = 'open'`).get() as { n: number }).n;
  }

  settleReview(paymentId: number, status: PaymentReviewRow['status'], orderId: number | null, now: string | null): void {
    this.db.prepare('UPDATE payment_reviews SET status = ?, resolved_at = ? WHERE payment_id = ?').run(status, now, paymentId);
    this.db.prepare('UPDATE payments SET order_id = ? WHERE id = ?').run(orderId, paymentId);
  }

  // ---- customers ----

  /**
   * Buyers by name or phone, with their orders and spending. Rehearsals are left out unless asked for:
   * their orders are not counted, and a buyer who only ever appeared in a rehearsal (the simulated
   * audience, a buyer the learner typed in) is not listed. By id, any buyer is found.
   */
  customers(query: string, limit: number, ids?: readonly number[], includeRehearsals = false): CustomerAdminRow[] {
    const words = query.trim() === '' ? [] : query.trim().split(/\s+/).slice(0, 8);
    const params: Record<string, string | number> = { limit };
    const real = includeRehearsals ? '' : `AND ${notRehearsalSql('o')}`;
    const where = ['c.merged_into IS NULL'];
    if (!includeRehearsals) {
      // Who took part in a rehearsal is read from the rehearsals' own orders and comments (index ranges, not every comment).
      where.push(
        `NOT (c.id IN (SELECT customer_id FROM orders WHERE session_id IN ${REHEARSAL_SESSIONS_SQL}
                       UNION SELECT co.customer_id FROM chat_messages m JOIN chat_outcomes co ON co.chat_message_id = m.id
                         WHERE m.session_id IN ${REHEARSAL_SESSIONS_SQL})
              AND NOT EXISTS (SELECT 1 FROM orders x WHERE x.customer_id = c.id AND ${notRehearsalSql('x')}))`,
      );
    }
    words.forEach((word, index) => {
      params[`w${index}`] = `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      where.push(`(ocop_fold(c.display_name) LIKE ocop_fold(@w${index}) ESCAPE '\\' OR COALESCE(c.phone, '') LIKE @w${index} ESCAPE '\\')`);
    });
    if (ids) {
      where.length = 0;
      where.push('c.id IN (SELECT value FROM json_each(@ids))');
      params.ids = JSON.stringify(ids);
    }
    const rows = this.db
      .prepare(
        `SELECT c.id, c.display_name, c.phone, c.address, c.notes, c.merged_into, c.updated_at,
           (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id AND o.status != 'cancelled' ${real}) AS orders,
           (SELECT COALESCE(SUM(i.qty * i.unit_price), 0) FROM orders o JOIN order_items i ON i.order_id = o.id
             WHERE o.customer_id = c.id AND o.status != 'cancelled' ${real}) AS spent
         FROM customers c WHERE ${where.join(' AND ')} ORDER BY orders DESC, c.id LIMIT @limit`,
      )
      .all(params) as {
      id: number;
      display_name: string;
      phone: string | null;
      address: string;
      notes: string;
      merged_into: number | null;
      updated_at: string;
      orders: number;
      spent: number;
    }[];
    const identities = this.db
      .prepare('SELECT customer_id, platform, platform_user_id, display_name FROM customer_identities WHERE customer_id IN (SELECT value FROM json_each(?)) ORDER BY id')
      .all(JSON.stringify(rows.map((row) => row.id))) as { customer_id: number; platform: string; platform_user_id: string; display_name: string }[];
    return rows.map((row) => ({
      id: row.id,
      name: row.display_name,
      phone: row.phone,
      address: row.address,
      notes: row.notes,
      mergedInto: row.merged_into,
      updatedAt: row.updated_at,
      identities: identities
        .filter((identity) => identity.customer_id === row.id)
        .map((identity) => ({ platform: identity.platform, userId: identity.platform_user_id, displayName: identity.display_name })),
      orders: row.orders,
      spent: row.spent,
    }));
  }

  customer(id: number): CustomerAdminRow | undefined {
    return this.customers('', 1, [id])[0];
  }

  /** Moves everything of `mergeId` to `keepId`; returns the ids moved, for undo. */
  mergeCustomer(keepId: number, mergeId: number, now: string): { orderIds: number[]; identityIds: number[]; waitlistIds: number[]; outcomeIds: number[] } {
    const ids = (sql: string) => (this.db.prepare(sql).all(mergeId) as { id: number }[]).map((row) => row.id);
    const moved = {
      orderIds: ids('SELECT id FROM orders WHERE customer_id = ? ORDER BY id'),
      identityIds: ids('SELECT id FROM customer_identities WHERE customer_id = ? ORDER BY id'),
      waitlistIds: ids('SELECT id FROM waitlist WHERE customer_id = ? ORDER BY id'),
      outcomeIds: ids('SELECT chat_message_id AS id FROM chat_outcomes WHERE customer_id = ? ORDER BY chat_message_id'),
    };
    this.moveRows(moved, keepId, now);
    this.db.prepare('UPDATE customers SET merged_into = ?, updated_at = ? WHERE id = ?').run(keepId, now, mergeId);
    return moved;
  }

  /** Puts rows back under their customer (undo of a merge). */
  moveRows(rows: { orderIds: number[]; identityIds: number[]; waitlistIds: number[]; outcomeIds: number[] }, customerId: number, now: string): void {
    const run = (sql: string, list: number[]) => {
      if (list.length > 0) this.db.prepare(sql).run(customerId, JSON.stringify(list));
    };
    run('UPDATE orders SET customer_id = ? WHERE id IN (SELECT value FROM json_each(?))', rows.orderIds);
    run('UPDATE customer_identities SET customer_id = ? WHERE id IN (SELECT value FROM json_each(?))', rows.identityIds);
    run('UPDATE waitlist SET customer_id = ? WHERE id IN (SELECT value FROM json_each(?))', rows.waitlistIds);
    run('UPDATE chat_outcomes SET customer_id = ? WHERE chat_message_id IN (SELECT value FROM json_each(?))', rows.outcomeIds);
    if (rows.orderIds.length > 0) this.db.prepare('UPDATE orders SET updated_at = ? WHERE id IN (SELECT value FROM json_each(?))').run(now, JSON.stringify(rows.orderIds));
  }

  /** The seller's correction of a buyer's name, phone and address (labels print these). */
  setCustomerContact(id: number, fields: { name: string; phone: string | null; address: string }, now: string): void {
    this.db.prepare('UPDATE customers SET display_name = ?, phone = ?, address = ?, updated_at = ? WHERE id = ?').run(fields.name, fields.phone, fields.address, now, id);
  }

  /** Every order of a buyer (they show the buyer's details). */
  orderIdsOfCustomer(customerId: number): number[] {
    return this.db.prepare('SELECT id FROM orders WHERE customer_id = ? ORDER BY id').pluck().all(customerId) as number[];
  }

  setCustomerFields(id: number, fields: { phone: string | null; address: string; notes: string; mergedInto: number | null }, now: string): void {
    this.db
      .prepare('UPDATE customers SET phone = ?, address = ?, notes = ?, merged_into = ?, updated_at = ? WHERE id = ?')
      .run(fields.phone, fields.address, fields.notes, fields.mergedInto, now, id);
  }

  // ---- the undo journal ----

  addJournal(entry: { action: string; label: string; labelEn: string; orderIds: number[]; reverse: unknown[]; expect: unknown[] }, now: string): number {
    return Number(
      this.db
        .prepare('INSERT INTO order_admin_journal (action, label, label_en, order_ids, reverse, expect, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(entry.action, entry.label, entry.labelEn, JSON.stringify(entry.orderIds), JSON.stringify(entry.reverse), JSON.stringify(entry.expect), now).lastInsertRowid,
    );
  }

  journal(limit: number, id?: number): JournalRow[] {
    const rows = this.db
      .prepare(
        `SELECT id, action, label, label_en, order_ids, reverse, expect, at, undone_at FROM order_admin_journal
         WHERE (@id IS NULL OR id = @id) ORDER BY id DESC LIMIT @limit`,
      )
      .all({ id: id ?? null, limit }) as { id: number; action: string; label: string; label_en: string; order_ids: string; reverse: string; expect: string; at: string; undone_at: string | null }[];
    return rows.map((row) => ({
      id: row.id,
      action: row.action,
      label: row.label,
      labelEn: row.label_en,
      orderIds: JSON.parse(row.order_ids) as number[],
      reverse: row.reverse,
      expect: row.expect,
      at: row.at,
      undoneAt: row.undone_at,
    }));
  }

  latestUndoable(): JournalRow | undefined {
    const row = this.db.prepare('SELECT id FROM order_admin_journal WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1').get() as { id: number } | undefined;
    return row ? this.journal(1, row.id)[0] : undefined;
  }

  /**
   * An undo stamped `table` row `id` anew at `now`: the changes before it that left the row at
   * `stamp` (not undone, older than `beforeEntry`) now expect `now`, so they can be undone next.
   */
  restamp(table: 'orders' | 'customers', id: number, stamp: string, now: string, beforeEntry: number): void {
    const rows = this.db
      .prepare('SELECT id, expect FROM order_admin_journal WHERE undone_at IS NULL AND id < ? AND instr(expect, ?) > 0')
      .all(beforeEntry, JSON.stringify(stamp)) as { id: number; expect: string }[];
    const update = this.db.prepare('UPDATE order_admin_journal SET expect = ? WHERE id = ?');
    for (const row of rows) {
      const expect = JSON.parse(row.expect) as { table: string; id: number; updatedAt: string }[];
      let changed = false;
      for (const expected of expect) {
        if (expected.table === table && expected.id === id && expected.updatedAt === stamp) {
          expected.updatedAt = now;
          changed = true;
        }
      }
      if (changed) update.run(JSON.stringify(expect), row.id);
    }
  }

  touchCustomer(id: number, now: string): void {
    this.db.prepare('UPDATE customers SET updated_at = ? WHERE id = ?').run(now, id);
  }

  markUndone(id: number, now: string): void {
    this.db.prepare('UPDATE order_admin_journal SET undone_at = ? WHERE id = ?').run(now, id);
  }
}
