// What the order book holds for a rehearsal session, as scoring wants it:
// every ordered (or waitlisted: the learner did capture it) product line per
// viewer. Simulated viewers are known by their simulator identity; a customer
// the learner typed in by hand is matched to a viewer by display name.
import type { Database } from 'better-sqlite3';
import type { CapturedOrderLine } from '../../core/training/rehearsal-score';
import { foldVietnamese } from '../../core/text/fold';

interface Row {
  customerId: number;
  simulatorId: string | null;
  displayName: string;
  code: string;
  qty: number;
  createdAt: string;
  status: string;
}

export function capturedLines(db: Database, sessionId: number, viewers: readonly { userId: string; userName: string }[]): CapturedOrderLine[] {
  const identity = `(SELECT platform_user_id FROM customer_identities ci WHERE ci.customer_id = c.id AND ci.platform = 'simulator' ORDER BY ci.id LIMIT 1)`;
  const ordered = db
    .prepare(
      `SELECT c.id AS customerId, ${identity} AS simulatorId, c.display_name AS displayName, p.code AS code, oi.qty AS qty,
              oi.created_at AS createdAt, o.status AS status
       FROM orders o
       JOIN order_items oi ON oi.order_id = o.id
       JOIN products p ON p.id = oi.product_id
       JOIN customers c ON c.id = o.customer_id
       WHERE o.session_id = ?`,
    )
    .all(sessionId) as Row[];
  const waiting = db
    .prepare(
      `SELECT c.id AS customerId, ${identity} AS simulatorId, c.display_name AS displayName, p.code AS code, w.qty AS qty,
              w.created_at AS createdAt, CASE w.status WHEN 'cancelled' THEN 'cancelled' ELSE 'waitlisted' END AS status
       FROM waitlist w
       JOIN products p ON p.id = w.product_id
       JOIN customers c ON c.id = w.customer_id
       WHERE w.session_id = ?`,
    )
    .all(sessionId) as Row[];
  const byName = new Map(viewers.map((viewer) => [foldVietnamese(viewer.userName).trim(), viewer.userId]));
  return [...ordered, ...waiting].map((row) => ({
    userId: row.simulatorId ?? byName.get(foldVietnamese(row.displayName).trim()) ?? `customer:${row.customerId}`,
    code: row.code.toUpperCase(),
    qty: row.qty,
    createdAt: row.createdAt,
    cancelled: row.status === 'cancelled',
  }));
}
