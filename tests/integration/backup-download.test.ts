// GET /export/backup in web mode: the whole order book as one file to keep off
// the laptop, made fresh or picked from the backups folder.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/app-server';
import { makeTempDir } from '../helpers/temp-dir';

let t: TestServer;
const temp = makeTempDir();
beforeAll(async () => {
  t = await startTestServer();
  for (const [code, name] of [['MO1', 'Mật ong'], ['TR2', 'Trà']] as const) await t.post('createProduct', { code, name, price: 100_000 });
});
afterAll(async () => {
  await t.close();
  temp.cleanup();
});

function productsIn(bytes: Buffer): string[] {
  const file = join(temp.dir, `read-${Math.random().toString(36).slice(2)}.db`);
  writeFileSync(file, bytes);
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare('SELECT code FROM products WHERE deleted_at IS NULL ORDER BY code').all() as { code: string }[]).map((row) => row.code);
  } finally {
    db.close();
  }
}

describe('downloading a backup in web mode', () => {
  it('streams a fresh backup of the whole book as an attachment, keeping no copy in the backups folder', async () => {
    const response = await fetch(`${t.url}/export/backup`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="ocop-live-\d{4}-\d\d-\d\d-[\d-]+\.ocopbak"$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    expect(productsIn(bytes)).toEqual(['MO1', 'TR2']);
    expect((await t.post('listBackups', {})).json.result).toMatchObject({ backups: [] });
  });

  it('streams a backup listed in the backups folder by its name, byte for byte', async () => {
    const made = (await t.post('createBackup', {})).json.result as { path: string };
    const name = made.path.split(/[\\/]/).pop()!;
    const response = await fetch(`${t.url}/export/backup?file=${encodeURIComponent(name)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
    expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(made.path))).toBe(true);
    expect(readdirSync(join(t.dataDir, 'backups'))).toEqual([name]);
  });

  it('gives out nothing but listed backups: no paths, no other files, not the live book', async () => {
    for (const file of ['../ocop-live.db', '..%2Focop-live.db', 'ocop-live.db', `${t.dataDir}/ocop-live.db`, '../../etc/passwd.ocopbak']) {
      const response = await fetch(`${t.url}/export/backup?file=${file}`);
      expect(response.status, file).toBe(400);
    }
    const missing = await fetch(`${t.url}/export/backup?file=nope.ocopbak`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('BACKUP_NOT_FOUND');
  });
});

describe('what a backup is said to hold', () => {
  it('counts the products the seller has, not the deleted ones kept for undo and old orders', async () => {
    const extra = (await t.post('createProduct', { code: 'XS1', name: 'Xoài sấy', price: 85_000 })).json.result as { id: number };
    await t.post('deleteProduct', { id: extra.id });
    const made = (await t.post('createBackup', {})).json.result as { path: string; counts: { products: number } };
    expect(made.counts.products).toBe(2);
    expect(((await t.post('inspectBackup', { path: made.path })).json.result as { counts: { products: number } }).counts.products).toBe(2);
  });
});

describe('backing up twice in the same second', () => {
  it('makes two backups under two names instead of refusing the second', async () => {
    const at = new Date('2026-11-20T14:00:00.000Z');
    const { createApp } = await import('../../src/app/create-app');
    const dir = join(temp.dir, 'same-second');
    const app = createApp({ dataDir: dir, mode: 'test', now: () => at });
    try {
      const first = await app.call('createBackup', {});
      const second = await app.call('createBackup', {});
      expect(first.path).toMatch(/ocop-live-2026-11-20-14-00-00\.ocopbak$/);
      expect(second.path).toMatch(/ocop-live-2026-11-20-14-00-00-2\.ocopbak$/);
      expect((await app.call('listBackups', {})).backups).toHaveLength(2);
    } finally {
      app.close();
    }
  });
});
