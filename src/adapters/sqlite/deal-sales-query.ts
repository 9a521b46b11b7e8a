// How many units of a product went at a flash sale's deal price: order lines
// opened at that price since the sale began, in orders that stand. The order
// book reads it (inside its transaction, so its own writes count) to know
// when the deal runs out, and the overlay to show "Còn N suất".
import type { Database, Statement } from 'better-sqlite3';

export class DealSalesQuery {
  private readonly sold: Statement<[number, number, string], { n: number }>;

  constructor(db: Database) {
    this.sold = db.prepare(
      `SELECT coalesce(sum(i.qty), 0) AS n FROM order_items i JOIN orders o ON o.id = i.order_id
       WHERE i.product_id = ? AND i.unit_price = ? AND i.created_at >= ? AND o.status <> 'cancelled'`,
    );
  }

  unitsSold(productId: number, price: number, since: string): number {
    return this.sold.get(productId, price, since)?.n ?? 0;
  }
}
