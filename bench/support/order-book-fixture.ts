// A big, realistic order book for benchmarks: one long stream with N orders
// (1–3 items each, buyers who comment, some cancels, some returning from an
// earlier stream), the showcase timeline, and the comments behind the orders.
// Rows go in through plain SQL in one transaction, the way the order book stores them.
import type { Database } from 'better-sqlite3';

export interface FixtureOptions {
  orders: number;
  products?: number;
  /** Buyers in the big stream; about a fifth also bought in the earlier stream. */
  customers?: number;
  sessionName?: string;
  seed?: number;
}

const FIRST = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = ['Thị', 'Văn', 'Ngọc', 'Minh', 'Thu', 'Đức', 'Hồng', 'Quốc'];
const LAST = ['Ánh', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Linh', 'Mai', 'Nam', 'Phương', 'Quân', 'Sơn', 'Thảo', 'Uyên', 'Yến'];
const GOODS = ['Mật ong hoa cà phê', 'Tỏi đen Lý Sơn', 'Trà shan tuyết', 'Mắm ruốc Huế', 'Bánh tráng Tây Ninh', 'Cà phê Buôn Ma Thuột', 'Yến sào Khánh Hòa', 'Nước mắm Phú Quốc'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function fillOrderBook(db: Database, options: FixtureOptions): { sessionId: number; earlierSessionId: number } {
  const rand = random(options.seed ?? 7);
  const productCount = options.products ?? 50;
  const customerCount = options.customers ?? Math.max(1, Math.round(options.orders * 0.8));
  const start = Date.parse('2024-05-12T12:00:00.000Z');
  const iso = (ms: number) => new Date(ms).toISOString();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

  return db.transaction(() => {
    const insertProduct = db.prepare(
      `INSERT INTO products (code, name, price, unit, stock, aliases, created_at, updated_at) VALUES (?, ?, ?, 'hũ', 1000000, '[]', ?, ?)`,
    );
    const prices: number[] = [];
    for (let p = 1; p <= productCount; p += 1) {
      const price = (5 + Math.floor(rand() * 40)) * 10_000;
      prices.push(price);
      insertProduct.run(`SP${p}`, `${GOODS[p % GOODS.length]} ${p}`, price, iso(start), iso(start));
    }
    const insertSession = db.prepare('INSERT INTO stream_sessions (name, kind, started_at, ended_at) VALUES (?, ?, ?, ?)');
    const earlierSessionId = Number(insertSession.run(`${options.sessionName ?? 'bench'} (trước)`, 'live', iso(start - 86_400_000), iso(start - 86_400_000 + 3_600_000)).lastInsertRowid);
    const durationMs = 4 * 3_600_000;
    const sessionId = Number(insertSession.run(options.sessionName ?? 'bench', 'live', iso(start), iso(start + durationMs)).lastInsertRowid);

    const insertCustomer = db.prepare('INSERT INTO customers (display_name, phone, address, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    const insertIdentity = db.prepare(
      'INSERT INTO customer_identities (customer_id, platform, platform_user_id, display_name, first_seen_at) VALUES (?, ?, ?, ?, ?)',
    );
    const customerIds: number[] = [];
    for (let c = 0; c < customerCount; c += 1) {
      const name = `${pick(FIRST)} ${pick(MIDDLE)} ${pick(LAST)}`;
      const phone = `09${String(10_000_000 + c).padStart(8, '0')}`;
      const id = Number(insertCustomer.run(name, phone, `${c % 200} Lê Lợi, Huế`, iso(start), iso(start)).lastInsertRowid);
      insertIdentity.run(id, 'tiktok', `u${c}`, name, iso(start));
      customerIds.push(id);
    }

    const insertOrder = db.prepare(
      `INSERT INTO orders (id, code, session_id, customer_id, status, source, platform, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'chat', 'tiktok', ?, ?)`,
    );
    const insertItem = db.prepare('INSERT INTO order_items (order_id, product_id, qty, unit_price, created_at) VALUES (?, ?, ?, ?, ?)');
    const insertStatus = db.prepare('INSERT INTO order_status_changes (order_id, from_status, to_status, changed_at) VALUES (?, ?, ?, ?)');
    const insertMessage = db.prepare(
      `INSERT INTO chat_messages (session_id, platform, message_id, user_id, user_name, text, sent_at, received_at) VALUES (?, 'tiktok', ?, ?, ?, ?, ?, ?)`,
    );
    const insertOutcome = db.prepare(
      `INSERT INTO chat_outcomes (chat_message_id, intent, items, showcase_code, action, order_id) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const insertShowcase = db.prepare('INSERT INTO showcase_events (session_id, product_id, shown_at) VALUES (?, ?, ?)');
    for (let at = start; at < start + durationMs; at += 5 * 60_000) insertShowcase.run(sessionId, 1 + Math.floor(rand() * productCount), iso(at));

    let orderId = 0;
    let messageId = 0;
    const addOrder = (session: number, customerIndex: number, at: number, status: string) => {
      orderId += 1;
      const code = `DH${String(orderId).padStart(4, '0')}`;
      insertOrder.run(orderId, code, session, customerIds[customerIndex]!, status, iso(at), iso(at));
      insertStatus.run(orderId, null, 'pending', iso(at));
      // A cancelled order gave its units back: it holds no lines (the order book's rule).
      const lines = status === 'cancelled' ? 0 : 1 + Math.floor(rand() * 3);
      const taken = new Set<number>();
      const items: { code: string; qty: number }[] = [];
      for (let l = 0; l < lines; l += 1) {
        const product = 1 + Math.floor(rand() * productCount);
        if (taken.has(product)) continue;
        taken.add(product);
        const qty = 1 + Math.floor(rand() * 3);
        insertItem.run(orderId, product, qty, prices[product - 1]!, iso(at));
        items.push({ code: `SP${product}`, qty });
      }
      if (session === sessionId && items.length > 0) {
        messageId += 1;
        const mid = Number(insertMessage.run(session, `m${messageId}`, `u${customerIndex}`, 'buyer', `chốt ${items.map((i) => `${i.code} x${i.qty}`).join(' ')}`, iso(at), iso(at)).lastInsertRowid);
        insertOutcome.run(mid, 'order', JSON.stringify(items), items[0]!.code, 'ordered', orderId);
      }
    };

    // The earlier stream: a fifth of the buyers bought then.
    for (let c = 0; c < customerCount; c += 5) addOrder(earlierSessionId, c, start - 86_400_000 + Math.floor(rand() * 3_600_000), 'delivered');
    const statuses = ['pending', 'confirmed', 'paid', 'packed', 'shipped', 'delivered', 'cancelled'];
    for (let o = 0; o < options.orders; o += 1) {
      const at = start + Math.floor((o / options.orders) * durationMs);
      addOrder(sessionId, o % customerCount, at, statuses[Math.floor(rand() * statuses.length)]!);
    }
    // Questions and chatter that did not become orders.
    for (let q = 0; q < options.orders / 2; q += 1) {
      messageId += 1;
      const at = start + Math.floor(rand() * durationMs);
      const mid = Number(insertMessage.run(sessionId, `m${messageId}`, `u${q % customerCount}`, 'viewer', 'giá bao nhiêu vậy shop', iso(at), iso(at)).lastInsertRowid);
      insertOutcome.run(mid, 'question', '[]', null, 'none', null);
    }
    return { sessionId, earlierSessionId };
  })();
}
