// Buyers waiting for a sold-out product, first come first served.
import type { Database, Statement } from 'better-sqlite3';

export type WaitStatus = 'waiting' | 'fulfilled' | 'cancelled';

export interface WaitEntry {
  id: number;
  sessionId: number | null;
  productId: number;
  productCode: string;
  productName: string;
  customerId: number;
  customerName: string;
  qty: number;
  chatMessageId: number | null;
  status: WaitStatus;
  createdAt: string;
  resolvedAt: string | null;
}

interface WaitRow {
  id: number;
  session_id: number | null;
  product_id: number;
  product_code: string;
  product_name: string;
  customer_id: number;
  customer_name: string;
  qty: number;
  chat_message_id: number | null;
  status: WaitStatus;
  created_at: string;
  resolved_at: string | null;
}

export interface WaitingLine {
  waitlistId: number;
  sessionId: number | null;
  productId: number;
  customerId: number;
  qty: number;
  /** The comment the buyer asked in. */
  chatMessageId: number | null;
}

const toEntry = (row: WaitRow): WaitEntry => ({
  id: row.id,
  sessionId: row.session_id,
  productId: row.product_id,
  productCode: row.product_code,
  productName: row.product_name,
  customerId: row.customer_id,
  customerName: row.customer_name,
  qty: row.qty,
  chatMessageId: row.chat_message_id,
  status: row.status,
  createdAt: row.created_at,
  resolvedAt: row.resolved_at,
});

const SELECT = `SELECT w.id, w.session_id, w.product_id, p.code AS product_code, p.name AS product_name, w.customer_id,
    c.display_name AS customer_name, w.qty, w.chat_message_id, w.status, w.created_at, w.resolved_at
  FROM waitlist w JOIN products p ON p.id = w.product_id JOIN customers c ON c.id = w.customer_id`;

interface LineRow {
  id: number;
  session_id: number | null;
  product_id: number;
  customer_id: number;
  qty: number;
  chat_message_id: number | null;
}
const toLine = (row: LineRow): WaitingLine => ({
  waitlistId: row.id,
  sessionId: row.session_id,
  productId: row.product_id,
  customerId: row.customer_id,
  qty: row.qty,
  chatMessageId: row.chat_message_id,
});

export class WaitlistRepository {
  private readonly insert: Statement<[number, number, number, number, number | null, string]>;
  private readonly queueOf: Statement<[number, number], LineRow>;
  private readonly customerLines: Statement<[number, number], LineRow>;
  private readonly setQty: Statement<[number, number]>;
  private readonly close: Statement<[WaitStatus, string, number]>;
  private readonly byId: Statement<[number], WaitRow>;

  constructor(private readonly db: Database) {
    this.insert = db.prepare(
      'INSERT INTO waitlist (session_id, product_id, customer_id, qty, chat_message_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.queueOf = db.prepare(
      `SELECT id, session_id, product_id, customer_id, qty, chat_message_id FROM waitlist
       WHERE product_id = ? AND status = 'waiting' AND session_id IS NOT NULL ORDER BY id LIMIT ?`,
    );
    this.customerLines = db.prepare(
      `SELECT id, session_id, product_id, customer_id, qty, chat_message_id FROM waitlist
       WHERE customer_id = ? AND session_id = ? AND status = 'waiting' ORDER BY id`,
    );
    this.setQty = db.prepare('UPDATE waitlist SET qty = ? WHERE id = ?');
    this.close = db.prepare('UPDATE waitlist SET status = ?, resolved_at = ? WHERE id = ?');
    this.byId = db.prepare(`${SELECT} WHERE w.id = ?`);
  }

  add(fields: { sessionId: number; productId: number; customerId: number; qty: number; chatMessageId: number | null }, now: string): number {
    return Number(this.insert.run(fields.sessionId, fields.productId, fields.customerId, fields.qty, fields.chatMessageId, now).lastInsertRowid);
  }

  /** The first `limit` buyers waiting for a product, in comment order (a line can be long: read only its head). */
  queue(productId: number, limit: number): WaitingLine[] {
    return this.queueOf.all(productId, limit).map(toLine);
  }

  ofCustomer(customerId: number, sessionId: number): WaitingLine[] {
    return this.customerLines.all(customerId, sessionId).map(toLine);
  }

  /** Leaves `remaining` units waiting; none left closes the entry with `status`. */
  settle(id: number, remaining: number, status: Exclude<WaitStatus, 'waiting'>, now: string): void {
    if (remaining > 0) this.setQty.run(remaining, id);
    else this.close.run(status, now, id);
  }

  get(id: number): WaitEntry | undefined {
    const row = this.byId.get(id);
    return row && toEntry(row);
  }

  list(filter: { sessionId?: number; status?: WaitStatus } = {}): WaitEntry[] {
    const where: string[] = [];
    const params: (number | string)[] = [];
    if (filter.sessionId !== undefined) {
      where.push('w.session_id = ?');
      params.push(filter.sessionId);
    }
    if (filter.status !== undefined) {
      where.push('w.status = ?');
      params.push(filter.status);
    }
    const sql = `${SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY w.id`;
    return (this.db.prepare(sql).all(...params) as WaitRow[]).map(toEntry);
  }
}
