// Backup and restore of the whole order book, on real SQLite files in a temp folder.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app';
import { loadMigrations, migrate } from '../../src/adapters/sqlite/migrate';
import type { AppEvent } from '../../src/app/contract';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { makeTempDir } from '../helpers/temp-dir';

const honey = { code: 'MO1', name: 'Mật ong hoa cà phê', price: 150_000, unit: 'chai', stock: 60 };
const tea = { code: 'TR2', name: 'Trà shan tuyết', price: 90_000, unit: 'gói', stock: 20 };

async function codes(app: App): Promise<string[]> {
  return (await app.call('listProducts', { query: '' })).map((product) => product.code).sort();
}

async function errorOf(work: Promise<unknown>): Promise<{ code: string; status: number; message: string }> {
  try {
    await work;
  } catch (error) {
    return error as { code: string; status: number; message: string };
  }
  throw new Error('expected the command to fail');
}

describe('order book backup and restore', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let app: App;

  beforeEach(() => {
    temp = makeTempDir();
    app = createApp({ dataDir: join(temp.dir, 'data'), mode: 'test' });
  });
  afterEach(() => {
    app.close();
    temp.cleanup();
  });

  it('saves the whole book as one dated file in the backups folder and lists it', async () => {
    await app.call('createProduct', honey);
    const backup = await app.call('createBackup', {});
    expect(backup.path.startsWith(join(temp.dir, 'data', 'backups'))).toBe(true);
    expect(backup.path).toMatch(/ocop-live-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.ocopbak$/);
    expect(backup.counts.products).toBe(1);
    expect(readFileSync(backup.path).subarray(0, 15).toString()).toBe('SQLite format 3');
    // One self-contained file: nothing beside it.
    expect(existsSync(`${backup.path}-wal`)).toBe(false);
    const listed = await app.call('listBackups', {});
    expect(listed.backups.map((entry) => entry.path)).toEqual([backup.path]);
  });

  it('refuses to overwrite an existing file unless asked, and never the live database', async () => {
    const target = join(temp.dir, 'mine.ocopbak');
    await app.call('createBackup', { destination: target });
    expect((await errorOf(app.call('createBackup', { destination: target }))).code).toBe('BACKUP_EXISTS');
    await app.call('createBackup', { destination: target, overwrite: true });
    const live = app.context.databasePath;
    expect((await errorOf(app.call('createBackup', { destination: live, overwrite: true }))).code).toBe('BACKUP_OVER_LIVE');
  });

  it('restores the book as it was, keeps a copy of the replaced book, and tells every screen', async () => {
    await app.call('createProduct', honey);
    const backup = await app.call('createBackup', {});
    await app.call('createProduct', tea);
    expect(await codes(app)).toEqual(['MO1', 'TR2']);

    const inspected = await app.call('inspectBackup', { path: backup.path });
    expect(inspected.counts.products).toBe(1);

    const events: AppEvent[] = [];
    app.subscribe((event) => events.push(event));
    const result = await app.call('restoreBackup', { path: backup.path, confirm: true });

    expect(await codes(app)).toEqual(['MO1']);
    expect(result.restored.counts.products).toBe(1);
    // Still the order book's WAL mode: concurrent readers and fast commits survive a restore.
    expect(app.context.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(events.map((event) => event.event)).toContain('orderBookRestored');
    // The replaced book (with the tea) is kept, and is itself a valid backup.
    const previous = await app.call('inspectBackup', { path: result.previousCopy });
    expect(previous.counts.products).toBe(2);

    // The app keeps working on the restored book, and the file on disk holds it.
    await app.call('createProduct', { ...tea, code: 'TR3' });
    app.close();
    app = createApp({ dataDir: join(temp.dir, 'data'), mode: 'test' });
    expect(await codes(app)).toEqual(['MO1', 'TR3']);

    // And the kept copy can be restored in turn: the restore is undoable.
    await app.call('restoreBackup', { path: result.previousCopy, confirm: true });
    expect(await codes(app)).toEqual(['MO1', 'TR2']);
  });

  it('brings a backup from an older schema up to this app’s schema on restore', async () => {
    const migrations = loadMigrations();
    expect(migrations.length).toBeGreaterThan(1);
    const oldPath = join(temp.dir, 'old.ocopbak');
    const old = new BetterSqlite3(oldPath);
    migrate(old, migrations.slice(0, 1));
    old.prepare("INSERT INTO products (code, name, price, unit, stock, aliases, created_at, updated_at) VALUES ('CF1', 'Cà phê', 120000, 'gói', 5, '[]', '2026-01-01', '2026-01-01')").run();
    old.close();

    const result = await app.call('restoreBackup', { path: oldPath, confirm: true });
    expect(result.migrated).toEqual(migrations.slice(1).map((m) => m.id));
    expect(await codes(app)).toEqual(['CF1']);
    const info = await app.call('getAppInfo', {});
    expect(info.schemaVersion).toBe(migrations.at(-1)!.id);
  });

  it('refuses a file that is not an order book, a damaged one and one from a newer app, leaving the book untouched', async () => {
    await app.call('createProduct', honey);
    const notDb = join(temp.dir, 'notes.ocopbak');
    writeFileSync(notDb, 'chốt 2 hũ mật ong\n'.repeat(500));
    const foreignDb = join(temp.dir, 'other.db');
    const foreign = new BetterSqlite3(foreignDb);
    foreign.exec('CREATE TABLE things (id INTEGER PRIMARY KEY)');
    foreign.close();

    const good = await app.call('createBackup', {});
    const damaged = join(temp.dir, 'damaged.ocopbak');
    copyFileSync(good.path, damaged);
    const bytes = readFileSync(damaged);
    // Scribble over the second page onward (the header stays, the b-trees break).
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 6));
    writeFileSync(damaged, bytes);

    const newer = join(temp.dir, 'newer.ocopbak');
    copyFileSync(good.path, newer);
    const bump = new BetterSqlite3(newer);
    bump.pragma('user_version = 9999');
    bump.close();

    await app.call('createProduct', tea);
    for (const [path, code, status] of [
      [notDb, 'BACKUP_INVALID', 422],
      [foreignDb, 'BACKUP_INVALID', 422],
      [damaged, 'BACKUP_DAMAGED', 422],
      [newer, 'BACKUP_TOO_NEW', 409],
      [join(temp.dir, 'missing.ocopbak'), 'BACKUP_NOT_FOUND', 404],
    ] as const) {
      const error = await errorOf(app.call('restoreBackup', { path, confirm: true }));
      expect({ path, code: error.code, status: error.status }).toEqual({ path, code, status });
      expect(error.message).toContain(path);
    }
    expect(await codes(app)).toEqual(['MO1', 'TR2']);
    // Nothing was replaced, so no "before restore" copy was made.
    expect((await app.call('listBackups', {})).backups.map((b) => b.path)).toEqual([good.path]);
  });
});

describe('backup commands over HTTP (web mode)', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('answers 400 to a restore without confirmation and to a relative path', async () => {
    const backup = await server.post('createBackup', {});
    expect(backup.status).toBe(200);
    const path = (backup.json.result as { path: string }).path;
    const unconfirmed = await server.post('restoreBackup', { path });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.json.error?.code).toBe('INVALID_INPUT');
    const relative = await server.post('inspectBackup', { path: 'backups/x.ocopbak' });
    expect(relative.status).toBe(400);
    const confirmed = await server.post('restoreBackup', { path, confirm: true });
    expect(confirmed.status).toBe(200);
  });
});
