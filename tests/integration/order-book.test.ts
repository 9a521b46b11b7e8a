import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/sqlite/open-database';
import { loadMigrations, migrate, schemaVersion } from '../../src/adapters/sqlite/migrate';
import { ProductRepository } from '../../src/adapters/sqlite/product-repository';
import { parseCatalogCsv } from '../../src/adapters/csv/catalog-csv';
import { makeTempDir } from '../helpers/temp-dir';
import { readFixture } from '../helpers/fixtures';

const temps: { cleanup(): void }[] = [];
function tempDb(): string {
  const temp = makeTempDir();
  temps.push(temp);
  return join(temp.dir, 'book.db');
}
afterEach(() => temps.splice(0).forEach((t) => t.cleanup()));

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the order book on disk', () => {
  it('is created with every migration applied, in WAL mode, with foreign keys on', () => {
    const path = tempDb();
    const db = openDatabase(path);
    const latest = loadMigrations().at(-1)!.id;
    expect(schemaVersion(db)).toBe(latest);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['products', 'customers', 'customer_identities', 'stream_sessions', 'chat_messages', 'showcase_events', 'orders', 'order_items', 'stock_ledger', 'payments']),
    );
    db.close();
  });

  it('opens again without re-running migrations', () => {
    const path = tempDb();
    openDatabase(path).close();
    const db = openDatabase(path);
    const applied = db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number };
    expect(applied.n).toBe(loadMigrations().length);
    db.close();
  });

  it('written by a newer app is refused with a clear message and left byte for byte as it was', () => {
    const path = tempDb();
    openDatabase(path).close();
    const raw = new BetterSqlite3(path);
    raw.pragma('user_version = 999');
    raw.close();
    const before = sha(path);
    expect(() => openDatabase(path)).toThrow(/phiên bản OCOP Live mới hơn.*999/s);
    expect(sha(path)).toBe(before);
  });

  it('that went through a migration this app does not have is refused untouched, even below the newest', () => {
    const path = tempDb();
    openDatabase(path).close();
    const raw = new BetterSqlite3(path);
    raw.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (3, ?, ?)').run('0003-from-another-build', new Date().toISOString());
    raw.close();
    const before = sha(path);
    expect(() => openDatabase(path)).toThrow(/nâng cấp "0003-from-another-build" mà ứng dụng này không có/);
    expect(sha(path)).toBe(before);
  });

  it('keeps the raw chat log append-only', () => {
    const db = openDatabase(tempDb());
    db.prepare("INSERT INTO stream_sessions (name, started_at) VALUES ('s1', '2026-01-01T00:00:00Z')").run();
    db.prepare(
      "INSERT INTO chat_messages (session_id, platform, message_id, user_id, user_name, text, sent_at, received_at) VALUES (1, 'twitch', 'm1', 'u1', 'Lan', 'chốt 2', 'x', 'x')",
    ).run();
    expect(() => db.prepare("UPDATE chat_messages SET text = 'khác'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM chat_messages').run()).toThrow(/append-only/);
    expect(() =>
      db.prepare(
        "INSERT INTO chat_messages (session_id, platform, message_id, user_id, user_name, text, sent_at, received_at) VALUES (1, 'twitch', 'm1', 'u1', 'Lan', 'again', 'x', 'x')",
      ).run(),
    ).toThrow(/UNIQUE/);
    db.close();
  });

  it('from before lines by price is brought up keeping every order line, and then holds a product once per price', () => {
    const path = tempDb();
    const old = new BetterSqlite3(path);
    migrate(old, loadMigrations().filter((migration) => migration.id <= 5));
    old.exec(`
      INSERT INTO products (id, code, name, price, unit, stock, created_at, updated_at) VALUES (1, 'CF2', 'Cà phê', 150000, 'gói', 10, 'x', 'x');
      INSERT INTO customers (id, display_name, created_at, updated_at) VALUES (1, 'Lan', 'x', 'x');
      INSERT INTO orders (id, code, customer_id, created_at, updated_at) VALUES (1, 'DH0001', 1, 'x', 'x');
      INSERT INTO order_items (id, order_id, product_id, qty, unit_price, created_at) VALUES (7, 1, 1, 3, 150000, 't1');`);
    old.close();
    const db = openDatabase(path);
    expect(db.prepare('SELECT id, order_id, product_id, qty, unit_price, created_at FROM order_items').all()).toEqual([
      { id: 7, order_id: 1, product_id: 1, qty: 3, unit_price: 150000, created_at: 't1' },
    ]);
    db.prepare("INSERT INTO order_items (order_id, product_id, qty, unit_price, created_at) VALUES (1, 1, 1, 119000, 't2')").run();
    expect(() => db.prepare("INSERT INTO order_items (order_id, product_id, qty, unit_price, created_at) VALUES (1, 1, 1, 119000, 't3')").run()).toThrow(/UNIQUE/);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'order_items' AND sql IS NOT NULL ORDER BY name").pluck().all();
    expect(indexes).toEqual(['order_items_order_cover', 'order_items_product_cover']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('refuses an order item pointing at a product that does not exist', () => {
    const db = openDatabase(tempDb());
    expect(() =>
      db.prepare("INSERT INTO order_items (order_id, product_id, qty, unit_price, created_at) VALUES (41, 42, 1, 1000, 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('the catalog in the order book', () => {
  function importedRepo() {
    const db = openDatabase(tempDb());
    const repo = new ProductRepository(db);
    const parsed = parseCatalogCsv(readFixture('catalog-basic.csv'));
    if (!parsed.ok) throw new Error('fixture should parse');
    return { db, repo, summary: repo.import(parsed.products), products: parsed.products };
  }

  it('imports new products and records their stock in the ledger', () => {
    const { db, repo, summary } = importedRepo();
    expect(summary).toEqual({ added: 4, updated: 0 });
    expect(repo.list().map((p) => p.code)).toEqual(['BT3', 'CF2', 'KS1', 'MO1']);
    const ledger = db.prepare('SELECT sum(delta) AS total FROM stock_ledger').get() as { total: number };
    expect(ledger.total).toBe(30 + 50 + 40);
    db.close();
  });

  it('imported twice updates the same products instead of adding copies', () => {
    const { db, repo, products } = importedRepo();
    const again = repo.import(products.map((p) => ({ ...p, price: p.price + 1000 })));
    expect(again).toEqual({ added: 0, updated: 4 });
    expect(repo.findByCode('MO1')?.price).toBe(181000);
    expect(repo.list()).toHaveLength(4);
    db.close();
  });

  it('rolls a failing import back whole: nothing half-imported', () => {
    const { db, repo, products } = importedRepo();
    const bad = [{ ...products[0]!, code: 'NEW1' }, { ...products[1]!, code: 'NEW2', price: -5 }];
    expect(() => repo.import(bad)).toThrow();
    expect(repo.findByCode('NEW1')).toBeUndefined();
    expect(repo.list()).toHaveLength(4);
    db.close();
  });

  it('finds "Mật ong" when the seller types "mat ong", and aliases too', () => {
    const { db, repo } = importedRepo();
    expect(repo.list('mat ong').map((p) => p.code)).toEqual(['MO1']);
    expect(repo.list('cafe').map((p) => p.code)).toEqual(['CF2']);
    expect(repo.list('kho ga').map((p) => p.code)).toEqual(['KS1']);
    db.close();
  });

  it('deletes a product so that undo brings it back with its orders’ references intact', () => {
    const { db, repo } = importedRepo();
    const honey = repo.findByCode('MO1')!;
    repo.delete(honey.id);
    expect(repo.list('mat ong')).toEqual([]);
    expect(repo.restore(honey.id)?.code).toBe('MO1');
    expect(repo.list('mat ong').map((p) => p.id)).toEqual([honey.id]);
    db.close();
  });

  it('is shared by two connections: what one writes, the other reads', () => {
    const path = tempDb();
    const first = openDatabase(path);
    const second = openDatabase(path);
    new ProductRepository(first).create({ code: 'A1', name: 'Trà', price: 1, unit: '', stock: 0, aliases: [], ocopStars: null, description: '', image: '' });
    expect(new ProductRepository(second).findByCode('A1')?.name).toBe('Trà');
    first.close();
    second.close();
  });
});
