// Comments the parser was unsure of, waiting for the seller's click.
import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';

export type ReviewStatus = 'open' | 'resolved' | 'dismissed';

export interface ReviewEntry {
  id: number;
  sessionId: number | null;
  chatMessageId: number;
  reason: string;
  status: ReviewStatus;
  resolvedOrderId: number | null;
  createdAt: string;
  resolvedAt: string | null;
  /** The comment, as typed. */
  text: string;
  userName: string;
  platform: string;
  sentAt: string;
  customerId: number | null;
  showcase: string | null;
  /** What the parser read in the comment, for the seller to start from (empty when it named nothing it could match). */
  items: { code: string; qty: number | null }[];
  /** With reason 'amount': the money the buyer named, in đồng. */
  amount: number | null;
}

interface ReviewRow {
  id: number;
  session_id: number | null;
  chat_message_id: number;
  reason: string;
  status: ReviewStatus;
  resolved_order_id: number | null;
  created_at: string;
  resolved_at: string | null;
  text: string;
  user_name: string;
  platform: string;
  sent_at: string;
  customer_id: number | null;
  showcase_code: string | null;
  items: string | null;
  detail: string | null;
}

const toEntry = (row: ReviewRow): ReviewEntry => ({
  id: row.id,
  sessionId: row.session_id,
  chatMessageId: row.chat_message_id,
  reason: row.reason,
  status: row.status,
  resolvedOrderId: row.resolved_order_id,
  createdAt: row.created_at,
  resolvedAt: row.resolved_at,
  text: row.text,
  userName: row.user_name,
  platform: row.platform,
  sentAt: row.sent_at,
  customerId: row.customer_id,
  showcase: row.showcase_code,
  items: readItems(row.items),
  amount: readAmount(row.detail),
});

/** The outcome's items and detail as the chat log stores them (JSON); anything else reads as none. */
const storedItems = z.array(z.object({ code: z.string(), qty: z.number().int().nullable() }));
const storedDetail = z.object({ amount: z.number().positive().finite() });

function readItems(json: string | null): ReviewEntry['items'] {
  const read = storedItems.safeParse(parseJson(json));
  return read.success ? read.data : [];
}

function readAmount(json: string | null): number | null {
  const read = storedDetail.safeParse(parseJson(json));
  return read.success ? read.data.amount : null;
}

function parseJson(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

const SELECT = `SELECT r.id, r.session_id, r.chat_message_id, r.reason, r.status, r.resolved_order_id, r.created_at, r.resolved_at,
    m.text, m.user_name, m.platform, m.sent_at, o.customer_id, o.showcase_code, o.items, o.detail
  FROM review_queue r JOIN chat_messages m ON m.id = r.chat_message_id LEFT JOIN chat_outcomes o ON o.chat_message_id = r.chat_message_id`;

export class ReviewRepository {
  private readonly insert: Statement<[number, number, string, string]>;
  private readonly byId: Statement<[number], ReviewRow>;
  private readonly setStatus: Statement<[ReviewStatus, number | null, string | null, number]>;

  constructor(private readonly db: Database) {
    this.insert = db.prepare('INSERT INTO review_queue (session_id, chat_message_id, reason, created_at) VALUES (?, ?, ?, ?)');
    this.byId = db.prepare(`${SELECT} WHERE r.id = ?`);
    this.setStatus = db.prepare('UPDATE review_queue SET status = ?, resolved_order_id = ?, resolved_at = ? WHERE id = ?');
  }

  add(sessionId: number, chatMessageId: number, reason: string, now: string): number {
    return Number(this.insert.run(sessionId, chatMessageId, reason, now).lastInsertRowid);
  }

  get(id: number): ReviewEntry | undefined {
    const row = this.byId.get(id);
    return row && toEntry(row);
  }

  list(filter: { sessionId?: number; status?: ReviewStatus; limit?: number } = {}): ReviewEntry[] {
    const where: string[] = [];
    const params: (number | string)[] = [];
    if (filter.sessionId !== undefined) {
      where.push('r.session_id = ?');
      params.push(filter.sessionId);
    }
    if (filter.status !== undefined) {
      where.push('r.status = ?');
      params.push(filter.status);
    }
    const sql = `${SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.id LIMIT ?`;
    return (this.db.prepare(sql).all(...params, filter.limit ?? 1000) as ReviewRow[]).map(toEntry);
  }

  /** orderId null: everything the seller chose was sold out and went to the waitlist. */
  resolve(id: number, orderId: number | null, now: string): void {
    this.setStatus.run('resolved', orderId, now, id);
  }

  dismiss(id: number, now: string): void {
    this.setStatus.run('dismissed', null, now, id);
  }

  reopen(id: number): void {
    this.setStatus.run('open', null, null, id);
  }
}
