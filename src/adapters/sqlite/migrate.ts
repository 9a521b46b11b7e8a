// Numbered SQL migrations (NNNN-name.sql), each applied in one transaction.
// A database written by a newer app is refused before anything touches it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}-[a-z0-9-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      id: Number(file.slice(0, 4)),
      name: file.replace(/\.sql$/, ''),
      sql: readFileSync(join(dir, file), 'utf8'),
    }));
}

export class DatabaseTooNewError extends Error {
  readonly code = 'DATABASE_TOO_NEW';
  constructor(
    readonly path: string,
    readonly databaseVersion: number,
    readonly appVersion: number,
    /** A migration the database went through that this app does not have. */
    readonly unknownMigration?: string,
  ) {
    super(
      unknownMigration === undefined
        ? `Cơ sở dữ liệu ${path} được tạo bởi phiên bản OCOP Live mới hơn (lược đồ ${databaseVersion}, ứng dụng này hiểu đến ${appVersion}). ` +
            `Hãy cập nhật ứng dụng; tệp không bị thay đổi. / The database was written by a newer OCOP Live ` +
            `(schema ${databaseVersion}, this app knows up to ${appVersion}); update the app. The file was not changed.`
        : `Cơ sở dữ liệu ${path} đã qua bước nâng cấp "${unknownMigration}" mà ứng dụng này không có (phiên bản OCOP Live khác hoặc mới hơn). ` +
            `Hãy cập nhật ứng dụng; tệp không bị thay đổi. / The database went through migration "${unknownMigration}", ` +
            `which this app does not have (another or newer OCOP Live); update the app. The file was not changed.`,
    );
  }
}

/** user_version mirrors the highest applied migration so the check needs no table. */
export function schemaVersion(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export function assertNotTooNew(db: Database, path: string, migrations: readonly Migration[]): void {
  const known = migrations.at(-1)?.id ?? 0;
  const version = schemaVersion(db);
  if (version > known) throw new DatabaseTooNewError(path, version, known);
  // Out of sync even below the newest: a migration this app does not have (another build's)
  // was applied, so its tables are not what this app expects. Reading is all this does.
  const hasLog = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
  if (!hasLog) return;
  const names = new Map(migrations.map((migration) => [migration.id, migration.name]));
  const applied = db.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as { id: number; name: string }[];
  const foreign = applied.find((row) => names.get(row.id) !== row.name);
  if (foreign) throw new DatabaseTooNewError(path, foreign.id, known, foreign.name);
}

/** Migrations this app has that the database has not been through (reading only). */
export function pendingMigrations(db: Database, migrations: readonly Migration[]): Migration[] {
  const hasLog = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
  if (!hasLog) return [...migrations];
  const applied = new Set(db.prepare('SELECT id FROM schema_migrations').pluck().all() as number[]);
  return migrations.filter((migration) => !applied.has(migration.id));
}

export function migrate(db: Database, migrations: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    (db.prepare('SELECT id FROM schema_migrations').all() as { id: number }[]).map((row) => row.id),
  );
  const record = db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
  const done: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.id, migration.name, new Date().toISOString());
      db.pragma(`user_version = ${Math.max(migration.id, schemaVersion(db))}`);
    })();
    done.push(migration.id);
  }
  return done;
}
