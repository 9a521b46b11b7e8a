// The least any ingest that keeps orders as rows could do, as a yardstick
// for the pipeline: each comment stored raw, parsed, its buyer found, and the
// order rows, stock and ledger the order book keeps written once per batch
// through the app's own repositories, with everything else kept in memory.
// It leaves out what the pipeline must also do, so it is a ceiling on speed,
// not a rival design: no waitlist, review queue, repeat filter or contact
// details, no events for the screen, no receipt per comment, no recovery from
// a failed batch. Cancels take back the whole open order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCatalogCsv } from '../src/adapters/csv/catalog-csv';
import { ChatLogRepository } from '../src/adapters/sqlite/chat-log-repository';
import { startCheckpointer } from '../src/adapters/sqlite/checkpointer';
import { CustomerRepository } from '../src/adapters/sqlite/customer-repository';
import { openDatabase } from '../src/adapters/sqlite/open-database';
import { OrderRepository } from '../src/adapters/sqlite/order-repository';
import { ProductRepository } from '../src/adapters/sqlite/product-repository';
import { StockRepository, type LedgerEntry } from '../src/adapters/sqlite/stock-repository';
import type { CommentOutcome } from '../src/core/orders/comment-outcome';
import { planComment } from '../src/core/orders/comment-plan';
import { createParser } from '../src/core/parser';
import { catalogCsv, syntheticCatalog, type SyntheticComment } from './synthetic-chat';

interface OpenOrder {
  id: number;
  /** product id → units held, of which `added` this batch has not written yet. */
  lines: Map<number, { qty: number; added: number; price: number }>;
}

/**
 * Comments per second when each is only stored and a bare outcome recorded
 * (every comment as chatter, through the app's own chat log): the database
 * work ingest's rules ask of every comment before any parsing or order. It
 * shows how much of the baseline target is left once both rows are written.
 */
export function recordRate(comments: readonly SyntheticComment[], batch: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-record-'));
  const path = join(dir, 'record.db');
  const db = openDatabase(path);
  const checkpointer = startCheckpointer(db, path);
  try {
    const chatLog = new ChatLogRepository(db);
    const sessionId = Number(db.prepare("INSERT INTO stream_sessions (name, started_at) VALUES ('record', ?)").run(new Date().toISOString()).lastInsertRowid);
    const write = db.transaction((comments: readonly SyntheticComment[]) => {
      const now = new Date().toISOString();
      const outcomes: [number, CommentOutcome][] = [];
      for (const { message } of comments) {
        const chatMessageId = chatLog.append(sessionId, message, now);
        if (chatMessageId === undefined) continue;
        outcomes.push([chatMessageId, { intent: 'other', items: [], phone: null, showcase: null, action: 'none', orderId: null, customerId: null, detail: {} }]);
      }
      chatLog.recordOutcomes(outcomes);
    });
    const started = performance.now();
    for (let i = 0; i < comments.length; i += batch) {
      write(comments.slice(i, i + batch));
      checkpointer?.wrote();
    }
    return comments.length / ((performance.now() - started) / 1000);
  } finally {
    checkpointer?.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Comments per second through the floor, in transactions of `batch` comments, and the orders it made. */
export function floorRate(comments: readonly SyntheticComment[], batch: number): { rate: number; orders: number } {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-floor-'));
  const path = join(dir, 'floor.db');
  const db = openDatabase(path);
  const checkpointer = startCheckpointer(db, path);
  try {
    const catalog = parseCatalogCsv(catalogCsv(syntheticCatalog()));
    if (!catalog.ok) throw new Error('the synthetic catalog does not parse');
    const products = new ProductRepository(db);
    products.import(catalog.products);
    const list = products.list();
    const parser = createParser(list.map((p) => ({ code: p.code, name: p.name, unit: p.unit, aliases: p.aliases })));
    const byCode = new Map(list.map((p) => [p.code, p]));
    const stock = new Map(list.map((p) => [p.id, p.stock]));
    const chatLog = new ChatLogRepository(db);
    const customers = new CustomerRepository(db);
    const orders = new OrderRepository(db);
    const stockRows = new StockRepository(db);
    const sessionId = Number(db.prepare("INSERT INTO stream_sessions (name, started_at) VALUES ('floor', ?)").run(new Date().toISOString()).lastInsertRowid);
    const open = new Map<number, OpenOrder>();
    let showcase: string | null = null;
    let nextOrderId = orders.nextOrderId();

    const write = db.transaction((comments: readonly SyntheticComment[]) => {
      const now = new Date().toISOString();
      const changed = new Set<OpenOrder>();
      const moved = new Map<number, number>();
      const ledger: LedgerEntry[] = [];
      const outcomes: [number, CommentOutcome][] = [];
      const move = (productId: number, delta: number, orderId: number, chatMessageId: number) => {
        stock.set(productId, stock.get(productId)! + delta);
        moved.set(productId, (moved.get(productId) ?? 0) + delta);
        ledger.push({ productId, delta, reason: delta < 0 ? 'reserve' : 'release', orderId, chatMessageId });
      };
      for (const comment of comments) {
        showcase = comment.showcase ?? showcase;
        const { message } = comment;
        const chatMessageId = chatLog.append(sessionId, message, now);
        if (chatMessageId === undefined) continue;
        const parsed = parser.parse(message.text, { showcase });
        const customerId = customers.forIdentity(message.platform, message.userId, message.userName, now);
        const outcome: CommentOutcome = { intent: parsed.intent, items: [], phone: parsed.phone, showcase, action: 'none', orderId: null, customerId, detail: {} };
        const plan = planComment(parsed);
        if (plan.kind === 'order') {
          let order = open.get(customerId);
          for (const { code, qty } of plan.items) {
            const product = byCode.get(code);
            if (!product || stock.get(product.id)! < qty) continue;
            if (!order) {
              order = { id: orders.create({ sessionId, customerId, source: 'chat', platform: message.platform }, now, nextOrderId++).id, lines: new Map() };
              open.set(customerId, order);
            }
            const line = order.lines.get(product.id) ?? { qty: 0, added: 0, price: product.price };
            line.qty += qty;
            line.added += qty;
            order.lines.set(product.id, line);
            move(product.id, -qty, order.id, chatMessageId);
            changed.add(order);
            outcome.action = 'ordered';
            outcome.orderId = order.id;
          }
        } else if (plan.kind === 'cancel') {
          const order = open.get(customerId);
          if (order) {
            for (const [productId, line] of order.lines) {
              move(productId, line.qty, order.id, chatMessageId);
              const stored = line.qty - line.added;
              if (stored > 0) orders.removeItem(order.id, productId, stored);
            }
            orders.setStatus(order.id, 'cancelled', now);
            open.delete(customerId);
            changed.delete(order);
            outcome.action = 'cancelled';
            outcome.orderId = order.id;
          }
        }
        outcomes.push([chatMessageId, outcome]);
      }
      for (const order of changed) {
        for (const [productId, line] of order.lines) {
          if (line.added === 0) continue;
          orders.addItem(order.id, productId, line.added, line.price, now);
          line.added = 0;
        }
        orders.touch(order.id, now);
      }
      for (const [productId, delta] of moved) stockRows.adjustBy(productId, delta);
      stockRows.record(ledger, now);
      chatLog.recordOutcomes(outcomes);
    });

    const started = performance.now();
    for (let i = 0; i < comments.length; i += batch) {
      write(comments.slice(i, i + batch));
      checkpointer?.wrote();
    }
    const rate = comments.length / ((performance.now() - started) / 1000);
    return { rate, orders: (db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n };
  } finally {
    checkpointer?.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
