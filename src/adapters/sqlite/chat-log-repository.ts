// The raw chat log (append-only, one row per platform message id) and what
// the order book made of each comment.
import type { Database, Statement } from 'better-sqlite3';
import type { ChatMessage } from '../../core/chat/chat-message';
import type { CommentAction, CommentDetail, CommentOutcome, CodeQty } from '../../core/orders/comment-outcome';
import type { Intent } from '../../core/parser/parse-result';

export interface StoredComment {
  id: number;
  sessionId: number;
  platform: ChatMessage['platform'];
  messageId: string;
  userId: string;
  userName: string;
  text: string;
  sentAt: string;
  receivedAt: string;
  /** null while the comment has no outcome yet (only between a crash and the next start). */
  intent: Intent | null;
  items: CodeQty[];
  phone: string | null;
  showcase: string | null;
  action: CommentAction | null;
  orderId: number | null;
  orderCode: string | null;
  customerId: number | null;
  detail: CommentDetail;
}

interface CommentRow {
  id: number;
  session_id: number;
  platform: ChatMessage['platform'];
  message_id: string;
  user_id: string;
  user_name: string;
  text: string;
  sent_at: string;
  received_at: string;
  intent: Intent | null;
  items: string | null;
  phone: string | null;
  showcase_code: string | null;
  action: CommentAction | null;
  order_id: number | null;
  order_code: string | null;
  customer_id: number | null;
  detail: string | null;
}

const toComment = (row: CommentRow): StoredComment => ({
  id: row.id,
  sessionId: row.session_id,
  platform: row.platform,
  messageId: row.message_id,
  userId: row.user_id,
  userName: row.user_name,
  text: row.text,
  sentAt: row.sent_at,
  receivedAt: row.received_at,
  intent: row.intent,
  items: row.items ? (JSON.parse(row.items) as CodeQty[]) : [],
  phone: row.phone,
  showcase: row.showcase_code,
  action: row.action,
  orderId: row.order_id,
  orderCode: row.order_code,
  customerId: row.customer_id,
  detail: row.detail ? (JSON.parse(row.detail) as CommentDetail) : {},
});

const SELECT = `SELECT m.id, m.session_id, m.platform, m.message_id, m.user_id, m.user_name, m.text, m.sent_at, m.received_at,
    o.intent, o.items, o.phone, o.showcase_code, o.action, o.order_id, ord.code AS order_code, o.customer_id, o.detail
  FROM chat_messages m
  LEFT JOIN chat_outcomes o ON o.chat_message_id = m.id
  LEFT JOIN orders ord ON ord.id = o.order_id`;

const EMPTY_ITEMS = '[]';
const EMPTY_DETAIL = '{}';
/** Outcome rows per multi-row INSERT. */
const OUTCOME_CHUNK = 64;
const OUTCOME_COLUMNS = '(chat_message_id, intent, items, phone, showcase_code, action, order_id, customer_id, detail)';

/** Most comments are chatter or questions: their outcome needs only these columns (the rest keep their defaults). */
const PLAIN_COLUMNS = '(chat_message_id, intent, phone, showcase_code, customer_id)';

/** Details worth a row's JSON (an empty one is the column's default). */
function kept(detail: CommentDetail): boolean {
  return (
    detail.waitlisted !== undefined ||
    detail.swappedOut !== undefined ||
    detail.reviewId !== undefined ||
    detail.reviewReason !== undefined ||
    detail.fromShop !== undefined
  );
}

function isPlain(outcome: CommentOutcome): boolean {
  return outcome.action === 'none' && outcome.items.length === 0 && outcome.orderId === null && !kept(outcome.detail);
}

function outcomeParams(chatMessageId: number, outcome: CommentOutcome): unknown[] {
  const detail = outcome.detail;
  return [
    chatMessageId,
    outcome.intent,
    outcome.items.length === 0 ? EMPTY_ITEMS : JSON.stringify(outcome.items),
    outcome.phone,
    outcome.showcase,
    outcome.action,
    outcome.orderId,
    outcome.customerId,
    kept(detail) ? JSON.stringify(detail) : EMPTY_DETAIL,
  ];
}

export class ChatLogRepository {
  private readonly insertMessage: Statement<[number, string, string, string, string, string, string, string]>;
  private readonly insertOutcomeRow: Statement<unknown[]>;
  private readonly insertOutcomeChunk: Statement<unknown[]>;
  private readonly insertPlainChunk: Statement<unknown[]>;
  private readonly idOf: Statement<[string, string], { id: number; session_id: number }>;
  private readonly byId: Statement<[number], CommentRow>;
  private readonly settleOutcome: Statement<[string, number | null, string, number]>;

  constructor(private readonly db: Database) {
    this.insertMessage = db.prepare(
      `INSERT INTO chat_messages (session_id, platform, message_id, user_id, user_name, text, sent_at, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, message_id) DO NOTHING`,
    );
    this.insertOutcomeRow = db.prepare(`INSERT INTO chat_outcomes ${OUTCOME_COLUMNS} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertOutcomeChunk = db.prepare(
      `INSERT INTO chat_outcomes ${OUTCOME_COLUMNS} VALUES ${Array(OUTCOME_CHUNK).fill('(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    );
    this.insertPlainChunk = db.prepare(`INSERT INTO chat_outcomes ${PLAIN_COLUMNS} VALUES ${Array(OUTCOME_CHUNK).fill('(?, ?, ?, ?, ?)').join(', ')}`);
    this.idOf = db.prepare('SELECT id, session_id FROM chat_messages WHERE platform = ? AND message_id = ?');
    this.byId = db.prepare(`${SELECT} WHERE m.id = ?`);
    this.settleOutcome = db.prepare('UPDATE chat_outcomes SET action = ?, order_id = ?, items = ? WHERE chat_message_id = ?');
  }

  /** Stores a comment as it arrived. undefined when this platform message id is already stored. */
  append(sessionId: number, message: ChatMessage, receivedAt: string): number | undefined {
    const info = this.insertMessage.run(
      sessionId,
      message.platform,
      message.messageId,
      message.userId,
      message.userName,
      message.text,
      message.sentAt,
      receivedAt,
    );
    return info.changes === 0 ? undefined : Number(info.lastInsertRowid);
  }

  find(platform: string, messageId: string): { id: number; sessionId: number } | undefined {
    const row = this.idOf.get(platform, messageId);
    return row && { id: row.id, sessionId: row.session_id };
  }

  recordOutcome(chatMessageId: number, outcome: CommentOutcome): void {
    this.insertOutcomeRow.run(...outcomeParams(chatMessageId, outcome));
  }

  /** Many outcomes at once, many rows per statement: what a busy batch writes. */
  recordOutcomes(outcomes: readonly (readonly [number, CommentOutcome])[]): void {
    const plain: (readonly [number, CommentOutcome])[] = [];
    const full: (readonly [number, CommentOutcome])[] = [];
    for (const entry of outcomes) (isPlain(entry[1]) ? plain : full).push(entry);
    let i = 0;
    for (; i + OUTCOME_CHUNK <= plain.length; i += OUTCOME_CHUNK) {
      const params: unknown[] = [];
      for (let j = i; j < i + OUTCOME_CHUNK; j += 1) {
        const [id, outcome] = plain[j]!;
        params.push(id, outcome.intent, outcome.phone, outcome.showcase, outcome.customerId);
      }
      this.insertPlainChunk.run(...params);
    }
    const rest = plain.slice(i).concat(full);
    i = 0;
    for (; i + OUTCOME_CHUNK <= rest.length; i += OUTCOME_CHUNK) {
      const params: unknown[] = [];
      for (let j = i; j < i + OUTCOME_CHUNK; j += 1) params.push(...outcomeParams(rest[j]![0], rest[j]![1]));
      this.insertOutcomeChunk.run(...params);
    }
    for (const [id, outcome] of rest.slice(i)) this.recordOutcome(id, outcome);
  }

  /** What the seller decided for a comment from the review queue. */
  settle(chatMessageId: number, action: CommentAction, orderId: number | null, items: CodeQty[]): void {
    this.settleOutcome.run(action, orderId, JSON.stringify(items), chatMessageId);
  }

  get(id: number): StoredComment | undefined {
    const row = this.byId.get(id);
    return row && toComment(row);
  }

  /** The latest comments of a session, newest first; `beforeId` pages further back. */
  list(options: { sessionId?: number; beforeId?: number; limit: number; intent?: Intent }): StoredComment[] {
    const where: string[] = [];
    const params: (number | string)[] = [];
    if (options.sessionId !== undefined) {
      where.push('m.session_id = ?');
      params.push(options.sessionId);
    }
    if (options.beforeId !== undefined) {
      where.push('m.id < ?');
      params.push(options.beforeId);
    }
    if (options.intent !== undefined) {
      where.push('o.intent = ?');
      params.push(options.intent);
    }
    const sql = `${SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY m.id DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...params, options.limit) as CommentRow[]).map(toComment);
  }

  count(sessionId?: number): number {
    const row =
      sessionId === undefined
        ? (this.db.prepare('SELECT count(*) AS n FROM chat_messages').get() as { n: number })
        : (this.db.prepare('SELECT count(*) AS n FROM chat_messages WHERE session_id = ?').get(sessionId) as { n: number });
    return row.n;
  }
}
