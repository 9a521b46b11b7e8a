// Rows for the exports, read in chunks of a few thousand by id (keyset
// pages): memory stays flat for 100,000 orders, and no statement stays open
// while the writer waits for the disk, so the live ingest sharing this
// connection is never told the database is busy.
import type { Database } from 'better-sqlite3';
import type { CustomerExportRow, ItemExportRow, LabelOrder, OrderExportRow } from '../../core/reports/export-columns';
import { statusNames } from '../../core/order-admin/status-flow';
import { ORDER_PAID_SQL, ORDER_TOTAL_SQL, leavesOutRehearsals, notRehearsalSql, orderWhere, registerFold, type OrderFilterFields } from './order-filter-sql';

export interface LabelGaps {
  orders: number;
  missingAddress: number;
  missingPhone: number;
  incomplete: { id: number; code: string; customerId: number; customerName: string; phone: string | null; address: string }[];
}

const FROM = `FROM orders o JOIN customers c ON c.id = o.customer_id LEFT JOIN stream_sessions s ON s.id = o.session_id`;
const CHUNK = 2000;

type StatusKey = keyof typeof statusNames;

export class ExportQueries {
  constructor(private readonly db: Database) {
    registerFold(db);
  }

  /** Matching order ids, a page at a time, oldest first. */
  private *orderIdPages(filter: OrderFilterFields, extra = ''): Generator<number[]> {
    const where = orderWhere(filter);
    const clause = [where.sql === '' ? 'WHERE 1' : where.sql, 'AND o.id > @after', extra].join(' ');
    const page = this.db.prepare(`SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id ${clause} ORDER BY o.id LIMIT ${CHUNK}`).pluck();
    let after = 0;
    for (;;) {
      const ids = page.all({ ...where.params, after }) as number[];
      if (ids.length === 0) return;
      yield ids;
      after = ids.at(-1)!;
    }
  }

  *orders(filter: OrderFilterFields, language: 'vi' | 'en' = 'vi'): Generator<OrderExportRow> {
    const statement = this.db.prepare(
      `SELECT o.code, COALESCE(s.name, '') AS session, o.created_at AS createdAt, o.status, c.display_name AS customer,
         COALESCE(c.phone, '') AS phone, c.address, COALESCE(o.platform, o.source) AS platform,
         (SELECT group_concat(code || ' x' || qty, '; ') FROM (
            -- A product sold at two prices (a flash sale) is two lines, one entry here.
            SELECT p.code, SUM(i.qty) AS qty FROM order_items i JOIN products p ON p.id = i.product_id
            WHERE i.order_id = o.id GROUP BY i.product_id ORDER BY MIN(i.id))) AS items,
         (SELECT COALESCE(SUM(i.qty), 0) FROM order_items i WHERE i.order_id = o.id) AS units,
         ${ORDER_TOTAL_SQL} AS total, ${ORDER_PAID_SQL} AS paid, o.note
       ${FROM} WHERE o.id IN (SELECT value FROM json_each(?)) ORDER BY o.id`,
    );
    for (const ids of this.orderIdPages(filter)) {
      const rows = statement.all(JSON.stringify(ids)) as (Omit<OrderExportRow, 'due' | 'status' | 'items'> & { status: StatusKey; items: string | null })[];
      for (const row of rows) {
        yield {
          ...row,
          items: row.items ?? '',
          status: statusNames[row.status]?.[language] ?? row.status,
          due: row.status === 'cancelled' ? 0 : Math.max(0, row.total - row.paid),
        };
      }
    }
  }

  *items(filter: OrderFilterFields, language: 'vi' | 'en' = 'vi'): Generator<ItemExportRow> {
    const statement = this.db.prepare(
      `SELECT o.code AS orderCode, COALESCE(s.name, '') AS session, o.created_at AS createdAt, o.status, c.display_name AS customer,
         p.code AS productCode, p.name AS productName, i.qty, i.unit_price AS unitPrice, i.qty * i.unit_price AS lineTotal
       ${FROM} JOIN order_items i ON i.order_id = o.id JOIN products p ON p.id = i.product_id
       WHERE o.id IN (SELECT value FROM json_each(?)) ORDER BY o.id, i.id`,
    );
    for (const ids of this.orderIdPages(filter)) {
      for (const row of statement.all(JSON.stringify(ids)) as (Omit<ItemExportRow, 'status'> & { status: StatusKey })[]) {
        yield { ...row, status: statusNames[row.status]?.[language] ?? row.status };
      }
    }
  }

  /** The buyers of the filtered orders, each once, with all their live orders (rehearsals' left out unless the filter takes them). */
  *customers(filter: OrderFilterFields): Generator<CustomerExportRow> {
    const where = orderWhere(filter);
    const real = leavesOutRehearsals(filter) ? `AND ${notRehearsalSql('x')}` : '';
    const page = this.db.prepare(
      `SELECT c.id, c.display_name AS name, COALESCE(c.phone, '') AS phone, c.address,
         COALESCE((SELECT group_concat(ci.platform || ':' || ci.display_name, '; ') FROM customer_identities ci WHERE ci.customer_id = c.id), '') AS platforms,
         (SELECT COUNT(*) FROM orders x WHERE x.customer_id = c.id AND x.status != 'cancelled' ${real}) AS orders,
         (SELECT COALESCE(SUM(i.qty * i.unit_price), 0) FROM orders x JOIN order_items i ON i.order_id = x.id WHERE x.customer_id = c.id AND x.status != 'cancelled' ${real}) AS spent,
         COALESCE((SELECT MIN(x.created_at) FROM orders x WHERE x.customer_id = c.id ${real}), '') AS firstOrderAt,
         COALESCE((SELECT MAX(x.created_at) FROM orders x WHERE x.customer_id = c.id ${real}), '') AS lastOrderAt
       FROM customers c WHERE c.id > @after AND EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.id IN (
         SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id ${where.sql}))
       ORDER BY c.id LIMIT ${CHUNK}`,
    );
    let after = 0;
    for (;;) {
      const rows = page.all({ ...where.params, after }) as CustomerExportRow[];
      if (rows.length === 0) return;
      yield* rows;
      after = rows.at(-1)!.id;
    }
  }

  /**
   * Before printing: how many orders the labels would hold, and those whose buyer has no address
   * or no phone (the first `limit`, oldest first), so the seller can fix them instead of printing blanks.
   */
  labelGaps(filter: OrderFilterFields, limit = 50): LabelGaps {
    const where = orderWhere(filter);
    const clause = `${where.sql === '' ? 'WHERE' : `${where.sql} AND`} o.status != 'cancelled'`;
    const noAddress = `trim(c.address) = ''`;
    const noPhone = `COALESCE(trim(c.phone), '') = ''`;
    const counts = this.db
      .prepare(
        `SELECT COUNT(*) AS orders, COALESCE(SUM(${noAddress}), 0) AS missingAddress, COALESCE(SUM(${noPhone}), 0) AS missingPhone
         FROM orders o JOIN customers c ON c.id = o.customer_id ${clause}`,
      )
      .get(where.params) as { orders: number; missingAddress: number; missingPhone: number };
    const incomplete = this.db
      .prepare(
        `SELECT o.id, o.code, c.id AS customerId, c.display_name AS customerName, c.phone, c.address
         FROM orders o JOIN customers c ON c.id = o.customer_id ${clause} AND (${noAddress} OR ${noPhone}) ORDER BY o.id LIMIT @limit`,
      )
      .all({ ...where.params, limit }) as LabelGaps['incomplete'];
    return { ...counts, incomplete };
  }

  /** Orders as labels and packing slips show them (cancelled ones left out). */
  *labels(filter: OrderFilterFields): Generator<LabelOrder> {
    const orders = this.db.prepare(
      `SELECT o.id, o.code, o.created_at AS createdAt, c.display_name AS customer, COALESCE(c.phone, '') AS phone, c.address, o.note,
         ${ORDER_TOTAL_SQL} AS total, ${ORDER_PAID_SQL} AS paid
       ${FROM} WHERE o.id IN (SELECT value FROM json_each(?)) ORDER BY o.id`,
    );
    const lines = this.db.prepare(
      `SELECT i.order_id AS orderId, p.code, p.name, i.qty, i.unit_price AS unitPrice FROM order_items i JOIN products p ON p.id = i.product_id
       WHERE i.order_id IN (SELECT value FROM json_each(?)) ORDER BY i.id`,
    );
    for (const ids of this.orderIdPages(filter, `AND o.status != 'cancelled'`)) {
      const json = JSON.stringify(ids);
      const byOrder = new Map<number, LabelOrder['items']>();
      for (const line of lines.all(json) as ({ orderId: number } & LabelOrder['items'][number])[]) {
        const { orderId, ...item } = line;
        const list = byOrder.get(orderId) ?? [];
        list.push(item);
        byOrder.set(orderId, list);
      }
      for (const row of orders.all(json) as { id: number; code: string; createdAt: string; customer: string; phone: string; address: string; note: string; total: number; paid: number }[]) {
        yield {
          code: row.code,
          createdAt: row.createdAt,
          customer: row.customer,
          phone: row.phone.trim(),
          address: row.address.trim(),
          note: row.note,
          items: byOrder.get(row.id) ?? [],
          total: row.total,
          cod: Math.max(0, row.total - row.paid),
        };
      }
    }
  }
}
