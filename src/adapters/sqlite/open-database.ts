import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { assertNotTooNew, loadMigrations, migrate, pendingMigrations } from './migrate';

export type { Database };

export interface OpenDatabaseOptions {
  /** Milliseconds a writer waits for another before SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

/**
 * Opens (or creates) the order book: refuses a newer schema untouched, then
 * WAL, foreign keys, a busy timeout, and any pending migrations.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path);
  try {
    const migrations = loadMigrations();
    assertNotTooNew(db, path, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL'); // WAL + NORMAL: durable across app crashes, fast commits
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens an existing order book to read it only (`ocop-live tally`): no journal
 * mode, no migration, no write of any kind, so an app working on the same file
 * meanwhile is left alone. A book from an older app is first brought up to
 * date as any app opening it would (its queries need the new tables): the
 * one write, and only then. A newer or damaged book throws as openDatabase does.
 */
export function openDatabaseReadOnly(path: string, options: OpenDatabaseOptions = {}): Database {
  const migrations = loadMigrations();
  const open = (): { db: Database; upToDate: boolean } => {
    const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    try {
      assertNotTooNew(db, path, migrations);
      db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
      return { db, upToDate: pendingMigrations(db, migrations).length === 0 };
    } catch (error) {
      db.close();
      throw error;
    }
  };
  const first = open();
  if (first.upToDate) return first.db;
  first.db.close();
  openDatabase(path, options).close();
  return open().db;
}
