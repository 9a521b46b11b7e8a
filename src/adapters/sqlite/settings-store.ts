import type { Database } from 'better-sqlite3';

/** Preferences as JSON values under string keys. Secrets go to secure storage, never here. */
export class SettingsStore {
  constructor(private readonly db: Database) {}

  readAll(): Record<string, unknown> {
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  }

  writeMany(values: Record<string, unknown>): void {
    const upsert = this.db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(values)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value));
      }
    })();
  }
}
