// The showcase timeline: which product was on screen from when.
import type { Database, Statement } from 'better-sqlite3';

export interface ShowcaseEvent {
  id: number;
  sessionId: number | null;
  productId: number | null;
  productCode: string | null;
  shownAt: string;
}

interface ShowcaseRow {
  id: number;
  session_id: number | null;
  product_id: number | null;
  product_code: string | null;
  shown_at: string;
}

const toEvent = (row: ShowcaseRow): ShowcaseEvent => ({
  id: row.id,
  sessionId: row.session_id,
  productId: row.product_id,
  productCode: row.product_code,
  shownAt: row.shown_at,
});

const SELECT = `SELECT s.id, s.session_id, s.product_id, p.code AS product_code, s.shown_at
  FROM showcase_events s LEFT JOIN products p ON p.id = s.product_id`;

export class ShowcaseRepository {
  private readonly latestOf: Statement<[number], ShowcaseRow>;
  private readonly same: Statement<[number, number | null, string], { id: number }>;
  private readonly insert: Statement<[number, number | null, string]>;

  constructor(private readonly db: Database) {
    // Latest by time, then by insertion for two changes in the same millisecond.
    this.latestOf = db.prepare(`${SELECT} WHERE s.session_id = ? ORDER BY s.shown_at DESC, s.id DESC LIMIT 1`);
    this.same = db.prepare('SELECT id FROM showcase_events WHERE session_id = ? AND product_id IS ? AND shown_at = ?');
    this.insert = db.prepare('INSERT INTO showcase_events (session_id, product_id, shown_at) VALUES (?, ?, ?)');
  }

  latest(sessionId: number): ShowcaseEvent | undefined {
    const row = this.latestOf.get(sessionId);
    return row && toEvent(row);
  }

  /**
   * Records a change. The same change at the same moment is recorded once,
   * so replaying a transcript after a crash does not double the timeline.
   */
  record(sessionId: number, productId: number | null, at: string): { id: number; created: boolean } {
    const existing = this.same.get(sessionId, productId, at);
    if (existing) return { id: existing.id, created: false };
    return { id: Number(this.insert.run(sessionId, productId, at).lastInsertRowid), created: true };
  }

  timeline(sessionId: number): ShowcaseEvent[] {
    return (this.db.prepare(`${SELECT} WHERE s.session_id = ? ORDER BY s.shown_at, s.id`).all(sessionId) as ShowcaseRow[]).map(toEvent);
  }
}
