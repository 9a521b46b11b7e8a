// The whole order book as one file, and back. A backup is SQLite's online
// backup of the live database (consistent even while orders come in); a
// restore checks the file first, keeps a copy of the current book, then copies
// the backup over the live database through SQLite's backup API (so the open
// connection sees the restored book at once) and brings it up to this app's
// schema with the usual migrations.
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { loadMigrations, migrate, schemaVersion } from './migrate';

export const BACKUP_EXTENSION = '.ocopbak';

/** Why a file cannot be restored; the app layer turns these into messages. */
export class BackupFileError extends Error {
  constructor(
    readonly reason: 'missing' | 'not-a-database' | 'damaged' | 'not-an-order-book' | 'too-new',
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'BackupFileError';
  }
}

export interface BackupSummary {
  path: string;
  bytes: number;
  schemaVersion: number;
  /** The file's modification time (when it was written). */
  modifiedAt: string;
  counts: { products: number; customers: number; orders: number; chatMessages: number; streamSessions: number; payments: number };
}

/** Tables every order book has had since the first schema. */
const REQUIRED_TABLES = ['schema_migrations', 'products', 'customers', 'orders', 'order_items', 'chat_messages'];
const COUNTED = { products: 'products', customers: 'customers', orders: 'orders', chatMessages: 'chat_messages', streamSessions: 'stream_sessions', payments: 'payments' } as const;

function timestamp(at: Date): string {
  return at.toISOString().replace(/\.\d+Z$/, '').replace(/[:T]/g, '-');
}

export function defaultBackupName(at: Date): string {
  return `ocop-live-${timestamp(at)}${BACKUP_EXTENSION}`;
}

function removeQuietly(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

function summarize(db: Database, path: string, reportedPath: string): BackupSummary {
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name),
  );
  const missing = REQUIRED_TABLES.filter((table) => !tables.has(table));
  if (missing.length > 0) throw new BackupFileError('not-an-order-book', reportedPath, `missing tables: ${missing.join(', ')}`);
  const count = (table: string) => (tables.has(table) ? Number((db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n) : 0);
  // A deleted product stays as a row (for undo and old orders) but is not one the seller has.
  const productColumns = (db.prepare('PRAGMA table_info(products)').all() as { name: string }[]).map((column) => column.name);
  const products = productColumns.includes('deleted_at')
    ? Number((db.prepare('SELECT count(*) AS n FROM products WHERE deleted_at IS NULL').get() as { n: number }).n)
    : count(COUNTED.products);
  const stat = statSync(path);
  return {
    path: reportedPath,
    bytes: stat.size,
    schemaVersion: schemaVersion(db),
    modifiedAt: stat.mtime.toISOString(),
    counts: {
      products,
      customers: count(COUNTED.customers),
      orders: count(COUNTED.orders),
      chatMessages: count(COUNTED.chatMessages),
      streamSessions: count(COUNTED.streamSessions),
      payments: count(COUNTED.payments),
    },
  };
}

/**
 * Checks a file is an intact order book this app can read, on a private copy
 * (the user's file is never opened for writing). Returns the copy's path for
 * a restore to use; the caller removes it.
 */
export function checkBackupFile(path: string, knownVersion: number): { summary: BackupSummary; checkedCopy: string } {
  if (!existsSync(path) || !statSync(path).isFile()) throw new BackupFileError('missing', path, 'no such file');
  const copy = join(tmpdir(), `ocop-live-check-${randomUUID()}.db`);
  copyFileSync(path, copy);
  // A raw copy of a live WAL database carries its recent changes in the -wal file beside it.
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  let db: Database | undefined;
  try {
    try {
      db = new BetterSqlite3(copy, { fileMustExist: true });
      db.pragma('schema_version'); // reads the header: a file that is not SQLite fails here
    } catch (error) {
      throw new BackupFileError('not-a-database', path, `${sqliteCode(error) || 'error'}: ${(error as Error).message}`);
    }
    let integrity: string[];
    try {
      integrity = (db.pragma('integrity_check(20)') as { integrity_check: string }[]).map((row) => row.integrity_check);
    } catch (error) {
      throw new BackupFileError('damaged', path, (error as Error).message);
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') throw new BackupFileError('damaged', path, integrity.slice(0, 5).join('; '));
    const summary = summarize(db, copy, path);
    summary.bytes = statSync(path).size;
    summary.modifiedAt = statSync(path).mtime.toISOString();
    if (summary.schemaVersion > knownVersion) {
      throw new BackupFileError('too-new', path, `schema ${summary.schemaVersion}, this app knows up to ${knownVersion}`);
    }
    // Fold any -wal into the copy so it is one self-contained file.
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    db = undefined;
    return { summary, checkedCopy: copy };
  } catch (error) {
    db?.close();
    removeQuietly(copy);
    throw error;
  }
}

export function inspectBackupFile(path: string, knownVersion: number): BackupSummary {
  const { summary, checkedCopy } = checkBackupFile(path, knownVersion);
  removeQuietly(checkedCopy);
  return summary;
}

/** Writes the live order book to `destination` as one file; a half-written backup never carries the final name. */
export async function writeBackup(db: Database, destination: string): Promise<BackupSummary> {
  mkdirSync(dirname(destination), { recursive: true });
  const partial = join(dirname(destination), `.${basename(destination)}.partial`);
  removeQuietly(partial);
  try {
    await db.backup(partial);
    const check = new BetterSqlite3(partial, { fileMustExist: true });
    try {
      // The copy inherits WAL mode; a rollback-journal file stays one file wherever it is opened.
      check.pragma('journal_mode = DELETE');
      const quick = check.pragma('quick_check', { simple: true });
      if (quick !== 'ok') throw new Error(`backup check failed: ${String(quick)}`);
      summarize(check, partial, destination);
    } finally {
      check.close();
    }
    renameSync(partial, destination);
  } catch (error) {
    removeQuietly(partial);
    throw error;
  }
  const check = new BetterSqlite3(destination, { readonly: true, fileMustExist: true });
  try {
    return summarize(check, destination, destination);
  } finally {
    check.close();
  }
}

export interface RestoreResult {
  restored: BackupSummary;
  /** The order book as it was just before the restore. */
  previousCopy: string;
  /** Migrations applied to bring an older backup up to this app's schema. */
  migrated: number[];
}

/**
 * Replaces the live order book with a backup. The backup is checked first;
 * the current book is saved to `keepDir`; on any failure the current book is
 * put back. Runs on the app's own open connection `db` at `dbPath`.
 */
export async function restoreBackup(
  db: Database,
  dbPath: string,
  source: string,
  options: { keepDir: string; at: Date },
): Promise<RestoreResult> {
  const migrations = loadMigrations();
  const known = migrations.at(-1)?.id ?? 0;
  const { summary, checkedCopy } = checkBackupFile(source, known);
  mkdirSync(options.keepDir, { recursive: true });
  const previousCopy = join(options.keepDir, `before-restore-${timestamp(options.at)}${BACKUP_EXTENSION}`);
  try {
    await writeBackup(db, previousCopy);
    const from = new BetterSqlite3(checkedCopy, { fileMustExist: true });
    try {
      await copyInto(from, dbPath);
      const migrated = migrate(db, migrations);
      const quick = db.pragma('quick_check', { simple: true });
      if (quick !== 'ok') throw new Error(`restored book failed its check: ${String(quick)}`);
      return { restored: summary, previousCopy, migrated };
    } catch (error) {
      // Put the book back as it was.
      const back = new BetterSqlite3(previousCopy, { readonly: true, fileMustExist: true });
      try {
        await copyInto(back, dbPath);
      } finally {
        back.close();
      }
      throw error;
    } finally {
      from.close();
    }
  } finally {
    removeQuietly(checkedCopy);
  }
}

/** SQLite's backup API from `source` onto the database file at `destination`, which other connections may have open. */
async function copyInto(source: Database, destination: string): Promise<void> {
  await source.backup(destination);
}

/** Backups in a folder, newest first (for a restore picker in web mode). */
export function listBackupFiles(dir: string): { path: string; bytes: number; modifiedAt: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(BACKUP_EXTENSION) && !name.startsWith('.'))
    .map((name) => {
      const path = join(dir, name);
      const stat = statSync(path);
      return { path, bytes: stat.size, modifiedAt: stat.mtime.toISOString() };
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.path.localeCompare(a.path));
}

/**
 * When the order book cannot be opened at all (damaged, unreadable): sets its
 * files aside in `keepDir` and puts the checked backup in its place. Nothing
 * has the book open, so this is a plain file swap; the app opens it next.
 */
export function replaceUnopenableDatabase(
  dbPath: string,
  source: string,
  options: { keepDir: string; at: Date },
): { restored: BackupSummary; setAside: string[] } {
  const known = loadMigrations().at(-1)?.id ?? 0;
  const { summary, checkedCopy } = checkBackupFile(source, known);
  try {
    mkdirSync(options.keepDir, { recursive: true });
    const setAside: string[] = [];
    const base = join(options.keepDir, `unopenable-${timestamp(options.at)}.db`);
    for (const suffix of ['', '-wal', '-shm']) {
      if (!existsSync(`${dbPath}${suffix}`)) continue;
      copyFileSync(`${dbPath}${suffix}`, `${base}${suffix}`);
      rmSync(`${dbPath}${suffix}`, { force: true });
      setAside.push(`${base}${suffix}`);
    }
    mkdirSync(dirname(dbPath), { recursive: true });
    copyFileSync(checkedCopy, dbPath);
    return { restored: summary, setAside };
  } finally {
    removeQuietly(checkedCopy);
  }
}
