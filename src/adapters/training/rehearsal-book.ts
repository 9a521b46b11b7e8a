// What the order book holds for a rehearsal session, as scoring wants it:
// every ordered (or waitlisted: the learner did capture it) product line per
// viewer. Simulated viewers are known by their simulator identity; a customer
// the learner typed in by hand is matched to a viewer by display name. Also
// the session's review queue and what was on screen when, for scoring.
import type { Database } from 'better-sqlite3';
import type { CapturedOrderLine } from '../../core/training/rehearsal-score';
import type { ReviewEntryState } from '../../core/training/rehearsal-truth';
import type { ShowcaseChange } from '../../core/training/run-of-show';
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

/** The session's review queue as the learner left it, by the message id of the comment each entry holds. */
export function reviewEntries(db: Database, sessionId: number): ReviewEntryState[] {
  const rows = db
    .prepare(
      `SELECT m.message_id AS ref, r.status AS status, o.items AS items
       FROM review_queue r
       JOIN chat_messages m ON m.id = r.chat_message_id
       LEFT JOIN chat_outcomes o ON o.chat_message_id = r.chat_message_id
       WHERE r.session_id = ? ORDER BY r.id`,
    )
    .all(sessionId) as { ref: string; status: ReviewEntryState['status']; items: string | null }[];
  return rows.map((row) => ({ ref: row.ref, status: row.status, items: row.status === 'resolved' ? settledItems(row.items) : [] }));
}

function settledItems(text: string | null): { code: string; qty: number }[] {
  try {
    const value = JSON.parse(text ?? '[]') as unknown;
    if (!Array.isArray(value)) return [];
    return value.flatMap((item: unknown) => {
      const { code, qty } = (item ?? {}) as { code?: unknown; qty?: unknown };
      return typeof code === 'string' && typeof qty === 'number' ? [{ code, qty }] : [];
    });
  } catch {
    return [];
  }
}

/** What the learner put on screen in the session and when, in seconds from `startedAt`. */
export function showcaseChanges(db: Database, sessionId: number, startedAt: string): ShowcaseChange[] {
  const start = Date.parse(startedAt);
  const rows = db
    .prepare(
      `SELECT e.shown_at AS shownAt, p.code AS code FROM showcase_events e LEFT JOIN products p ON p.id = e.product_id
       WHERE e.session_id = ? ORDER BY e.shown_at, e.id`,
    )
    .all(sessionId) as { shownAt: string; code: string | null }[];
  return rows.map((row) => ({ second: (Date.parse(row.shownAt) - start) / 1000, code: row.code === null ? null : row.code.toUpperCase() }));
}
