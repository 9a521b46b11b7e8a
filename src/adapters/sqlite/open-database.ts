import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { assertNotTooNew, loadMigrations, migrate } from './migrate';

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
