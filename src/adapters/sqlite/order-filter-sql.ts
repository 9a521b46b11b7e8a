// The Orders screen's filter as SQL: one WHERE clause shared by the order
// list, the exports and the labels, so what the seller sees is what they get.
import type { Database } from 'better-sqlite3';
import { foldVietnamese } from '../../core/text/fold';

export interface OrderFilterFields {
  sessionId?: number;
  statuses?: readonly string[];
  productCode?: string;
  paid?: 'paid' | 'unpaid';
  platform?: string;
  customerId?: number;
  query?: string;
  ids?: readonly number[];
  /**
   * Rehearsals (practice streams of the training feature) are not the
   * seller's books: their orders are left out unless this is true, or the
   * filter names the session (sessionId) or the orders (ids) itself.
   */
  includeRehearsals?: boolean;
}

/** The ids of rehearsal sessions, as SQL (one small list, read once per statement). */
export const REHEARSAL_SESSIONS_SQL = `(SELECT id FROM stream_sessions WHERE kind = 'rehearsal')`;

/** True for a row of `alias` (orders) that belongs to no rehearsal. */
export const notRehearsalSql = (alias: string) => `(${alias}.session_id IS NULL OR ${alias}.session_id NOT IN ${REHEARSAL_SESSIONS_SQL})`;

/** Whether a filter leaves rehearsals out (see OrderFilterFields.includeRehearsals). */
export const leavesOutRehearsals = (filter: OrderFilterFields) => !filter.includeRehearsals && filter.sessionId === undefined && filter.ids === undefined;

export const ORDER_TOTAL_SQL = '(SELECT COALESCE(SUM(i.qty * i.unit_price), 0) FROM order_items i WHERE i.order_id = o.id)';
export const ORDER_PAID_SQL = '(SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.order_id = o.id)';

const registered = new WeakSet<Database>();

/** `ocop_fold(text)`: Vietnamese folded for matching ("Trần" → "tran"), as SQL. */
export function registerFold(db: Database): void {
  if (registered.has(db)) return;
  db.function('ocop_fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldVietnamese(text) : null));
  registered.add(db);
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** WHERE clause over `orders o JOIN customers c`, and its named parameters. */
export function orderWhere(filter: OrderFilterFields): { sql: string; params: Record<string, string | number> } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (leavesOutRehearsals(filter)) where.push(notRehearsalSql('o'));
  if (filter.sessionId !== undefined) {
    where.push('o.session_id = @sessionId');
    params.sessionId = filter.sessionId;
  }
  if (filter.statuses && filter.statuses.length > 0) {
    where.push(`o.status IN (${filter.statuses.map((_, index) => `@status${index}`).join(', ')})`);
    filter.statuses.forEach((status, index) => (params[`status${index}`] = status));
  }
  if (filter.productCode) {
    where.push(`EXISTS (SELECT 1 FROM order_items fi JOIN products fp ON fp.id = fi.product_id WHERE fi.order_id = o.id AND fp.code = @productCode COLLATE NOCASE)`);
    params.productCode = filter.productCode;
  }
  if (filter.paid === 'paid') where.push(`o.status != 'cancelled' AND ${ORDER_PAID_SQL} >= ${ORDER_TOTAL_SQL}`);
  if (filter.paid === 'unpaid') where.push(`o.status != 'cancelled' AND ${ORDER_PAID_SQL} < ${ORDER_TOTAL_SQL}`);
  if (filter.platform) {
    if (filter.platform === 'manual') where.push(`o.source = 'manual'`);
    else {
      where.push('o.platform = @platform');
      params.platform = filter.platform;
    }
  }
  if (filter.customerId !== undefined) {
    where.push('o.customer_id = @customerId');
    params.customerId = filter.customerId;
  }
  if (filter.query) {
    const words = foldVietnamese(filter.query).split(/\s+/).filter(Boolean).slice(0, 8);
    words.forEach((word, index) => {
      const key = `q${index}`;
      params[key] = `%${likeEscape(word)}%`;
      where.push(
        `(o.code LIKE @${key} ESCAPE '\\' OR ocop_fold(c.display_name) LIKE @${key} ESCAPE '\\' OR COALESCE(c.phone, '') LIKE @${key} ESCAPE '\\')`,
      );
    });
  }
  if (filter.ids) {
    where.push('o.id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(filter.ids);
  }
  return { sql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}
