// The tally's numbers, added up inside SQLite: every query answers with a few
// small rows, never one row per order (moving 100,000 rows into JavaScript
// alone would blow the 200 ms budget). Orders and their lines are read from
// covering indexes (migration 0005); when a session's orders are exactly the
// ids low..high (the usual case: one stream at a time), its lines are one
// index range per product and no query seeks the orders table per line.
// The order book keeps one rule this relies on: a cancelled order holds no
// items (cancelling gives every unit back), so line sums need no status check.
import type { Database, Statement } from 'better-sqlite3';
import type { SessionFacts, TopBuyer } from '../../core/reports/tally';
import type { SessionSummaryFact } from '../../core/reports/session-comparison';

export interface SessionRow {
  id: number;
  name: string;
  kind: string;
  startedAt: string;
  endedAt: string | null;
  orders: number;
  revenue: number;
}

interface ProductSum {
  product_id: number;
  quantity: number;
  revenue: number;
}

interface ChatSum {
  comments: number;
  order_comments: number | null;
  to_orders: number | null;
}

export class TallyQueries {
  private readonly sessionById: Statement<[number], { id: number; name: string; kind: string; started_at: string; ended_at: string | null }>;
  private readonly orderRange: Statement<{ sessionId: number }, { low: number | null; high: number | null }>;
  private readonly ordersMixed: Statement<{ sessionId: number; low: number; high: number }, { mixed: number }>;
  private readonly messageRange: Statement<{ sessionId: number }, { low: number | null; high: number | null }>;
  private readonly messagesMixed: Statement<{ sessionId: number; low: number; high: number }, { mixed: number }>;
  private readonly productsInRange: Statement<{ low: number; high: number }, ProductSum>;
  private readonly productsJoined: Statement<[number], ProductSum>;
  private readonly cancelledLines: Statement<[number], ProductSum>;
  private readonly minutes: Statement<[number], { minute: string; orders: number }>;
  private readonly buyerCounts: Statement<{ sessionId: number; startedAt: string }, { customers: number; returning_buyers: number }>;
  private readonly topBuyers: Statement<
    { sessionId: number; startedAt: string; limit: number },
    { customer_id: number; name: string; phone: string | null; orders: number; revenue: number; earlier: number }
  >;
  private readonly paid: Statement<{ sessionId: number; low: number; high: number }, { paid_orders: number | null; paid_revenue: number | null }>;
  private readonly cancelled: Statement<[number], { n: number }>;
  private readonly chatInRange: Statement<{ low: number; high: number }, ChatSum>;
  private readonly chatJoined: Statement<[number], ChatSum>;
  private readonly shownInRange: Statement<{ sessionId: number; low: number; high: number }, { product_id: number; quantity: number }>;
  private readonly shownJoined: Statement<{ sessionId: number }, { product_id: number; quantity: number }>;
  private readonly showcase: Statement<[number], { at: string; code: string | null; name: string | null }>;
  private readonly products: Statement<[], { id: number; code: string; name: string }>;

  constructor(private readonly db: Database) {
    this.sessionById = db.prepare('SELECT id, name, kind, started_at, ended_at FROM stream_sessions WHERE id = ?');
    // The session's first and last id (one index probe each), and whether any other session's rows sit
    // between them (one probe per other session): if none do, the ids low..high are all this session's.
    this.orderRange = db.prepare(
      'SELECT (SELECT MIN(id) FROM orders WHERE session_id = @sessionId) AS low, (SELECT MAX(id) FROM orders WHERE session_id = @sessionId) AS high',
    );
    this.ordersMixed = db.prepare(
      `SELECT EXISTS (SELECT 1 FROM orders WHERE session_id IS NULL AND id BETWEEN @low AND @high)
         OR EXISTS (SELECT 1 FROM stream_sessions s WHERE s.id != @sessionId
                      AND EXISTS (SELECT 1 FROM orders o WHERE o.session_id = s.id AND o.id BETWEEN @low AND @high)) AS mixed`,
    );
    this.messageRange = db.prepare(
      'SELECT (SELECT MIN(id) FROM chat_messages WHERE session_id = @sessionId) AS low, (SELECT MAX(id) FROM chat_messages WHERE session_id = @sessionId) AS high',
    );
    this.messagesMixed = db.prepare(
      `SELECT EXISTS (SELECT 1 FROM stream_sessions s WHERE s.id != @sessionId
                AND EXISTS (SELECT 1 FROM chat_messages m WHERE m.session_id = s.id AND m.id BETWEEN @low AND @high)) AS mixed`,
    );
    this.productsInRange = db.prepare(
      `SELECT p.id AS product_id, SUM(i.qty) AS quantity, SUM(i.qty * i.unit_price) AS revenue
       FROM products p CROSS JOIN order_items i INDEXED BY order_items_product_cover
       WHERE i.product_id = p.id AND i.order_id BETWEEN @low AND @high GROUP BY p.id`,
    );
    this.productsJoined = db.prepare(
      `SELECT i.product_id, SUM(i.qty) AS quantity, SUM(i.qty * i.unit_price) AS revenue
       FROM orders o JOIN order_items i ON i.order_id = o.id
       WHERE o.session_id = ? AND o.status != 'cancelled' GROUP BY i.product_id`,
    );
    // Should a cancelled order still hold lines, they are taken off again.
    this.cancelledLines = db.prepare(
      `SELECT i.product_id, SUM(i.qty) AS quantity, SUM(i.qty * i.unit_price) AS revenue
       FROM orders o INDEXED BY orders_session_time JOIN order_items i ON i.order_id = o.id
       WHERE o.session_id = ? AND o.status = 'cancelled' GROUP BY i.product_id`,
    );
    this.minutes = db.prepare(
      `SELECT substr(created_at, 1, 16) AS minute, COUNT(*) AS orders
       FROM orders INDEXED BY orders_session_time WHERE session_id = ? AND status != 'cancelled'
       GROUP BY minute ORDER BY minute`,
    );
    // Bought before this session: in an earlier session (a rehearsal's practice orders are no purchase), or by hand before it started.
    const earlier = `SELECT customer_id FROM orders WHERE status != 'cancelled'
         AND (session_id IN (SELECT id FROM stream_sessions WHERE started_at < @startedAt AND id != @sessionId AND kind != 'rehearsal')
           OR (session_id IS NULL AND created_at < @startedAt))`;
    this.buyerCounts = db.prepare(
      `SELECT COUNT(*) AS customers, COALESCE(SUM(customer_id IN (${earlier})), 0) AS returning_buyers
       FROM (SELECT DISTINCT customer_id FROM orders WHERE session_id = @sessionId AND status != 'cancelled')`,
    );
    // Per buyer in index order (no sort), each order's total from the lines index; only the top few are sorted.
    this.topBuyers = db.prepare(
      `SELECT t.customer_id, c.display_name AS name, c.phone, t.orders, t.revenue, t.customer_id IN (${earlier}) AS earlier
       FROM (SELECT * FROM (
               SELECT o.customer_id, COUNT(*) AS orders,
                 SUM((SELECT SUM(i.qty * i.unit_price) FROM order_items i INDEXED BY order_items_order_cover WHERE i.order_id = o.id)) AS revenue
               FROM orders o INDEXED BY orders_session_customer
               WHERE o.session_id = @sessionId AND o.status != 'cancelled' GROUP BY o.customer_id LIMIT -1)
             ORDER BY revenue DESC, customer_id LIMIT @limit) t
       JOIN customers c ON c.id = t.customer_id
       ORDER BY t.revenue DESC, t.customer_id`,
    );
    // Payments first (there are far fewer than orders), within the session's id range.
    this.paid = db.prepare(
      `SELECT COUNT(*) AS paid_orders, SUM(total) AS paid_revenue FROM (
         SELECT (SELECT SUM(qty * unit_price) FROM order_items WHERE order_id = o.id) AS total, SUM(p.amount) AS paid
         FROM payments p CROSS JOIN orders o
         WHERE p.order_id BETWEEN @low AND @high AND o.id = p.order_id AND o.session_id = @sessionId AND o.status != 'cancelled'
         GROUP BY o.id)
       WHERE total > 0 AND paid >= total`,
    );
    this.cancelled = db.prepare(`SELECT COUNT(*) AS n FROM orders INDEXED BY orders_session_time WHERE session_id = ? AND status = 'cancelled'`);
    this.chatInRange = db.prepare(
      `SELECT (@high - @low + 1) AS comments, SUM(intent = 'order') AS order_comments, SUM(action = 'ordered') AS to_orders
       FROM chat_outcomes WHERE chat_message_id BETWEEN @low AND @high`,
    );
    this.chatJoined = db.prepare(
      `SELECT COUNT(*) AS comments, SUM(c.intent = 'order') AS order_comments, SUM(c.action = 'ordered') AS to_orders
       FROM chat_messages m LEFT JOIN chat_outcomes c ON c.chat_message_id = m.id WHERE m.session_id = ?`,
    );
    // Units put into orders while that very product was on screen: one index range per showcase band.
    const bands = `WITH bands AS (
         SELECT product_id, shown_at AS start, LEAD(shown_at) OVER (ORDER BY shown_at, id) AS until
         FROM showcase_events WHERE session_id = @sessionId)`;
    this.shownInRange = db.prepare(
      `${bands}
       SELECT b.product_id, SUM(i.qty) AS quantity
       FROM bands b CROSS JOIN order_items i INDEXED BY order_items_product_cover
       WHERE b.product_id IS NOT NULL AND i.product_id = b.product_id AND i.order_id BETWEEN @low AND @high
         AND i.created_at >= b.start AND (b.until IS NULL OR i.created_at < b.until)
       GROUP BY b.product_id`,
    );
    this.shownJoined = db.prepare(
      `${bands}
       SELECT b.product_id, SUM(i.qty) AS quantity
       FROM bands b JOIN order_items i ON i.product_id = b.product_id JOIN orders o ON o.id = i.order_id
       WHERE b.product_id IS NOT NULL AND o.session_id = @sessionId AND o.status != 'cancelled'
         AND i.created_at >= b.start AND (b.until IS NULL OR i.created_at < b.until)
       GROUP BY b.product_id`,
    );
    this.showcase = db.prepare(
      `SELECT s.shown_at AS at, p.code, p.name FROM showcase_events s LEFT JOIN products p ON p.id = s.product_id
       WHERE s.session_id = ? ORDER BY s.shown_at, s.id`,
    );
    this.products = db.prepare('SELECT id, code, name FROM products');
  }

  /** Sessions, newest first; rehearsals (practice, not the seller's books) only when asked for. */
  sessions(includeRehearsals = false): SessionRow[] {
    const rows = this.db
      .prepare(
        `SELECT s.id, s.name, s.kind, s.started_at, s.ended_at,
           (SELECT COUNT(*) FROM orders o WHERE o.session_id = s.id AND o.status != 'cancelled'
             AND EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)) AS orders,
           (SELECT COALESCE(SUM(i.qty * i.unit_price), 0) FROM orders o JOIN order_items i ON i.order_id = o.id
             WHERE o.session_id = s.id AND o.status != 'cancelled') AS revenue
         FROM stream_sessions s WHERE @includeRehearsals OR s.kind != 'rehearsal' ORDER BY s.started_at DESC, s.id DESC`,
      )
      .all({ includeRehearsals: includeRehearsals ? 1 : 0 }) as { id: number; name: string; kind: string; started_at: string; ended_at: string | null; orders: number; revenue: number }[];
    return rows.map((row) => ({ id: row.id, name: row.name, kind: row.kind, startedAt: row.started_at, endedAt: row.ended_at, orders: row.orders, revenue: row.revenue }));
  }

  sessionIdByName(name: string): number | undefined {
    return (this.db.prepare('SELECT id FROM stream_sessions WHERE name = ?').get(name) as { id: number } | undefined)?.id;
  }

  facts(sessionId: number, topBuyers = 10): SessionFacts | undefined {
    const session = this.sessionById.get(sessionId);
    if (!session) return undefined;
    // One read transaction: every figure describes the same moment.
    return this.db.transaction((): SessionFacts => {
      const bounds = this.orderRange.get({ sessionId })!;
      const range = { low: bounds.low ?? 0, high: bounds.high ?? -1 };
      const contiguous = bounds.low !== null && this.ordersMixed.get({ sessionId, ...range })!.mixed === 0;
      const minutes = this.minutes.all(sessionId);
      const live = minutes.reduce((sum, row) => sum + row.orders, 0);
      const cancelled = this.cancelled.get(sessionId)!.n;

      const byProduct = new Map<number, { quantity: number; revenue: number }>();
      for (const row of contiguous ? this.productsInRange.all(range) : this.productsJoined.all(sessionId)) {
        byProduct.set(row.product_id, { quantity: row.quantity, revenue: row.revenue });
      }
      if (contiguous) {
        for (const row of this.cancelledLines.all(sessionId)) {
          const total = byProduct.get(row.product_id);
          if (!total) continue;
          total.quantity -= row.quantity;
          total.revenue -= row.revenue;
        }
      }
      const info = new Map(this.products.all().map((row) => [row.id, row]));
      const codeOf = (productId: number) => info.get(productId)?.code ?? `#${productId}`;
      const items = [...byProduct.entries()]
        .filter(([, total]) => total.quantity > 0)
        .map(([productId, total]) => ({ code: codeOf(productId), name: info.get(productId)?.name ?? '', ...total }));

      const people = { sessionId, startedAt: session.started_at };
      const counts = this.buyerCounts.get(people)!;
      const top = this.topBuyers.all({ ...people, limit: topBuyers });
      const paid = this.paid.get({ sessionId, ...range })!;
      const shown = contiguous ? this.shownInRange.all({ sessionId, ...range }) : this.shownJoined.all({ sessionId });

      const messages = this.messageRange.get({ sessionId })!;
      const messageRange = { low: messages.low ?? 0, high: messages.high ?? -1 };
      const chat =
        messages.low !== null && this.messagesMixed.get({ sessionId, ...messageRange })!.mixed === 0
          ? this.chatInRange.get(messageRange)!
          : this.chatJoined.get(sessionId)!;

      return {
        session: { id: session.id, name: session.name, kind: session.kind, startedAt: session.started_at, endedAt: session.ended_at },
        orders: live,
        cancelledOrders: cancelled,
        revenue: items.reduce((sum, item) => sum + item.revenue, 0),
        paidOrders: paid.paid_orders ?? 0,
        paidRevenue: paid.paid_revenue ?? 0,
        items,
        quantityWhileShown: shown.map((row) => ({ code: codeOf(row.product_id), quantity: row.quantity })),
        customers: counts.customers,
        returningCustomers: counts.returning_buyers,
        topBuyers: top.map(
          (row): TopBuyer => ({ customerId: row.customer_id, name: row.name, phone: row.phone, orders: row.orders, revenue: row.revenue, returning: row.earlier === 1 }),
        ),
        comments: chat.comments,
        orderComments: chat.order_comments ?? 0,
        commentsToOrders: chat.to_orders ?? 0,
        minutes,
        showcase: this.showcase.all(sessionId),
      };
    })();
  }

  /** Every session's headline figures and products, for comparing sessions (rehearsals only when asked for or named). */
  summaries(sessionIds?: readonly number[], includeRehearsals = false): SessionSummaryFact[] {
    const sessions = this.sessions(includeRehearsals || sessionIds !== undefined).filter((s) => !sessionIds || sessionIds.includes(s.id));
    const products = this.db
      .prepare(
        `SELECT o.session_id, p.code, p.name, SUM(i.qty) AS quantity, SUM(i.qty * i.unit_price) AS revenue
         FROM orders o JOIN order_items i ON i.order_id = o.id JOIN products p ON p.id = i.product_id
         WHERE o.status != 'cancelled' AND o.session_id IS NOT NULL GROUP BY o.session_id, i.product_id`,
      )
      .all() as { session_id: number; code: string; name: string; quantity: number; revenue: number }[];
    const customers = this.db
      .prepare(
        `SELECT o.session_id, COUNT(DISTINCT o.customer_id) AS n FROM orders o WHERE o.status != 'cancelled' AND o.session_id IS NOT NULL
           AND EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id) GROUP BY o.session_id`,
      )
      .all() as { session_id: number; n: number }[];
    const customersOf = new Map(customers.map((row) => [row.session_id, row.n]));
    return sessions.map((session) => ({
      sessionId: session.id,
      name: session.name,
      kind: session.kind,
      startedAt: session.startedAt,
      orders: session.orders,
      revenue: session.revenue,
      customers: customersOf.get(session.id) ?? 0,
      products: products
        .filter((row) => row.session_id === session.id)
        .map((row) => ({ code: row.code, name: row.name, quantity: row.quantity, revenue: row.revenue })),
    }));
  }
}
