// Stock on hand per product; every change is a stock_ledger row beside it,
// so the number can always be explained (reserve, release, restock, ...).
import type { Database, Statement } from 'better-sqlite3';

export interface StockedProduct {
  id: number;
  code: string;
  name: string;
  price: number;
  /** What one of it is (`chai`, `hũ`): `bớt 1 chai` is told apart by it. */
  unit: string;
  stock: number;
}

export type StockReason = 'reserve' | 'release';

export interface LedgerEntry {
  productId: number;
  delta: number;
  reason: StockReason;
  orderId: number | null;
  chatMessageId: number | null;
  /** When the units moved; `record`'s time when absent. */
  at?: string;
}

/** Rows per multi-row INSERT: fewer statements for a busy batch, well under SQLite's 32,766 parameters. */
const LEDGER_CHUNK = 64;

export class StockRepository {
  private readonly byCode: Statement<[string], StockedProduct>;
  private readonly byId: Statement<[number], StockedProduct>;
  private readonly adjust: Statement<[number, number]>;
  private readonly ledger: Statement<[number, number, string, number | null, number | null, string]>;

  private readonly ledgerChunk: Statement<unknown[]>;

  constructor(private readonly db: Database) {
    this.byCode = db.prepare('SELECT id, code, name, price, unit, stock FROM products WHERE code = ? AND deleted_at IS NULL');
    // By id a deleted product is still found: its reserved units must be able to come back.
    this.byId = db.prepare('SELECT id, code, name, price, unit, stock FROM products WHERE id = ?');
    this.adjust = db.prepare('UPDATE products SET stock = stock + ? WHERE id = ?');
    this.ledger = db.prepare(
      'INSERT INTO stock_ledger (product_id, delta, reason, order_id, chat_message_id, at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.ledgerChunk = db.prepare(
      `INSERT INTO stock_ledger (product_id, delta, reason, order_id, chat_message_id, at) VALUES ${Array(LEDGER_CHUNK).fill('(?, ?, ?, ?, ?, ?)').join(', ')}`,
    );
  }

  /** A live (not deleted) product by its code. */
  findByCode(code: string): StockedProduct | undefined {
    return this.byCode.get(code);
  }

  get(productId: number): StockedProduct | undefined {
    return this.byId.get(productId);
  }

  available(productId: number): number {
    return this.byId.get(productId)?.stock ?? 0;
  }

  /** Adds to the stock on hand without a ledger row: the caller writes the rows with `record`. */
  adjustBy(productId: number, delta: number): void {
    if (delta !== 0) this.adjust.run(delta, productId);
  }

  /** Writes ledger rows, many per statement, each at its own time or `now`. */
  record(entries: readonly LedgerEntry[], now: string): void {
    let i = 0;
    for (; i + LEDGER_CHUNK <= entries.length; i += LEDGER_CHUNK) {
      const params: unknown[] = [];
      for (const e of entries.slice(i, i + LEDGER_CHUNK)) params.push(e.productId, e.delta, e.reason, e.orderId, e.chatMessageId, e.at ?? now);
      this.ledgerChunk.run(...params);
    }
    for (const e of entries.slice(i)) this.ledger.run(e.productId, e.delta, e.reason, e.orderId, e.chatMessageId, e.at ?? now);
  }

  /** Moves stock and writes why; delta < 0 takes units out (a reservation). */
  move(productId: number, delta: number, reason: StockReason, refs: { orderId: number | null; chatMessageId: number | null }, now: string): void {
    if (delta === 0) return;
    this.adjust.run(delta, productId);
    this.ledger.run(productId, delta, reason, refs.orderId, refs.chatMessageId, now);
  }
}
